# A three-node Lavalink cluster on this machine, in two regions, nothing in the cloud.
#   lavastack apply --stack stacks/local.hcl --auto-approve
#   lavastack status --stack stacks/local.hcl
#   lavastack destroy --stack stacks/local.hcl --auto-approve
# Each node runs `lavastack emulate` (a Lavalink v4 protocol emulator). To run the real
# server instead, set command = "java -jar /path/to/Lavalink.jar" on the provider.
stack "local" {
  lavalink_version = "4.0.8"
  password         = var.lavalink_password
}

variable "lavalink_password" {
  sensitive = true
  default   = "youshallnotpass"
}

provider "local" "dev" {
  health_timeout = "30s"
}

region "local-eu" {
  provider = "local.dev"
  primary  = true
  zones    = ["a", "b"]
}

region "local-us" {
  provider = "local.dev"
  zones    = ["a"]
}

node "eu-1" {
  region = "local-eu"
  zone   = "a"
  weight = 3
}

node "eu-2" {
  region = "local-eu"
  zone   = "b"
  weight = 2
}

node "us-1" {
  region   = "local-us"
  weight   = 1
  priority = 2
}
