# The local example cluster with TLS on every node: HTTPS and WSS, certificates checked
# against the stack's own CA by every lavastack client (probes, status, the router).
#   lavastack tls init --stack stacks/local-tls.hcl          # once: tls/ca.pem, tls/node.pem, tls/edge.pem
#   lavastack apply    --stack stacks/local-tls.hcl --auto-approve
#   lavastack status   --stack stacks/local-tls.hcl
#   NODE_EXTRA_CA_CERTS=stacks/tls/ca.pem node your-bot.js   # bots trust the same CA
#   lavastack destroy  --stack stacks/local-tls.hcl --auto-approve
#   lavastack render   --stack stacks/local-tls.hcl --out /tmp/edge   # haproxy.cfg with TLS at the edge
# See docs/security.md for what is covered: nodes, the router, lavastack's clients and the
# HAProxy edge (its own certificate, made by tls init beside the node's).
stack "local-tls" {
  lavalink_version = "4.0.8"
  password         = var.lavalink_password
}

variable "lavalink_password" {
  sensitive = true
  default   = "youshallnotpass"
}

# Its own state and node directories, beside the plain local example's.
state "local" {
  path = ".lavastack/local-tls/state.json"
}

provider "local" "dev" {
  dir            = ".lavastack/local-tls/nodes"
  health_timeout = "30s"
}

tls {
  cert = "tls/node.pem"
  key  = "tls/node-key.pem"
  ca   = "tls/ca.pem"
}

region "local-eu" {
  provider = "local.dev"
  primary  = true
  zones    = ["a", "b"]
}

node "eu-1" {
  region = "local-eu"
  zone   = "a"
  weight = 2
}

node "eu-2" {
  region = "local-eu"
  zone   = "b"
  weight = 1
}

# The router serves HTTPS with the same certificate (it covers 127.0.0.1).
router {
  listen = "127.0.0.1:8766"
  tls    = true
}

# HAProxy in front terminates TLS for bots with its own certificate (key in tls/edge.pem.key)
# and re-encrypts to the nodes. Bots on lavalink-client, which wants secure nodes on 443, add
# domain = "..." here and reach <node>.<domain>:443 (docs/security.md, "The edge").
edge {
  cert = "tls/edge.pem"
  ca   = "tls/ca.pem"
}
