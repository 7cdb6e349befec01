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

# Availability target and alerting (docs/observability.md). The rendered prometheus.yml,
# lavalink-rules.yml and alertmanager.yml run as they are:
#   prometheus --config.file=prometheus.yml
#   prometheus-alertmanager --config.file=alertmanager.yml --cluster.listen-address=
slo {
  availability = 0.999
  window       = "30d"
  latency_ms   = 150
}

monitoring {
  # Set this once a Prometheus runs, and `lavastack status` adds the SLO line:
  # prometheus    = "http://127.0.0.1:9090"
  alertmanagers = ["127.0.0.1:9093"]
}

# Pages and tickets go to a webhook on this machine (any HTTP listener will do).
receiver "oncall" {
  type       = "webhook"
  url        = "http://127.0.0.1:5001/alerts"
  severities = ["page", "ticket"]
}
