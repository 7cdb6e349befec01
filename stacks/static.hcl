# Nodes that already run somewhere: lavastack adopts them (after checking they answer),
# records them in state, and forgets them on destroy. It never starts or stops them.
# To try it on one machine, start two emulated nodes first:
#   lavastack emulate --port 2333 &
#   lavastack emulate --port 2334 &
#   lavastack apply --stack stacks/static.hcl --auto-approve
# Its own state file: the examples sit in one directory, and a state belongs to one stack.
state "local" { path = ".lavastack/static-state.json" }

stack "lan" {
  lavalink_version = "4.0.8"
  password         = var.lavalink_password
}

variable "lavalink_password" {
  sensitive = true
  default   = "youshallnotpass"
}

provider "static" "lan" { probe_timeout = "2s" }

region "home" {
  provider = "static.lan"
  primary  = true
  zones    = ["a", "b"]
}

node "home-1" {
  region = "home"
  zone   = "a"
  host   = "127.0.0.1"
  port   = 2333
  weight = 2
}

node "home-2" {
  region = "home"
  zone   = "b"
  host   = "127.0.0.1"
  port   = 2334
}
