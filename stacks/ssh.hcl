# Lavalink on two hosts the team already runs, installed over SSH with systemd. See
# docs/providers.md.
#   lavastack plan --stack stacks/ssh.hcl --refresh=false    # what would be installed, no logins
#   lavastack apply --stack stacks/ssh.hcl                    # logs in as root@host (systemd needs it)
state "local" { path = ".lavastack/ssh-state.json" }

stack "music-dc" {
  lavalink_version = "4.0.8"
  password         = var.lavalink_password
}

variable "lavalink_password" {
  sensitive = true
  default   = "change-me-before-apply"
}

provider "ssh" "dc1" {
  user             = "root"
  private_key_file = "~/.ssh/id_ed25519"
  known_hosts      = "~/.ssh/known_hosts"
  runtime          = "systemd"
  jar_url          = "https://github.com/lavalink-devs/Lavalink/releases/download/4.0.8/Lavalink.jar"
  jar_sha256       = "0000000000000000000000000000000000000000000000000000000000000000" # replace with the release's checksum: apply refuses a jar that does not match
}

region "dc" {
  provider = "ssh.dc1"
  primary  = true
  zones    = ["rack-a", "rack-b"]
}

node "dc-1" {
  region = "dc"
  zone   = "rack-a"
  host   = "203.0.113.10"
}

node "dc-2" {
  region = "dc"
  zone   = "rack-b"
  host   = "203.0.113.11"
}
