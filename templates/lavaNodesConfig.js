{#- The bot's node list for npm lavalink-client's LavalinkManager. Template variables:
      password_env (LAVALINK_PASSWORD): the environment variable the bot reads the password from,
      endpoint ("direct", or "haproxy" to use each node's HAProxy endpoint; then bind/base_port as
      for haproxy.cfg, and with the stack's edge block secure, at <node>.<domain>:<port> when it
      names a domain), retry_amount (5), retry_delay_ms (10000). -#}
{%- set password_env = vars.password_env | default("LAVALINK_PASSWORD") -%}
{%- set via_haproxy = (vars.endpoint | default("direct")) == "haproxy" -%}
// Rendered by lavastack for stack "{{ stack.name }}". Do not edit: changes are overwritten.
// Usage: new LavalinkManager({ nodes: require("./lavaNodesConfig.js"), ... })
// The password is read from the environment ({{ password_env }}); it is never written here.
// LAVASTACK_MAINTENANCE="id1,id2" takes nodes out of the list from the bot's side.
"use strict";

const password = process.env[{{ password_env | tojson }}];
if (!password) {
  throw new Error({{ ("lavaNodesConfig.js: set the " ~ password_env ~ " environment variable to the Lavalink password") | tojson }});
}
const forced = (process.env.LAVASTACK_MAINTENANCE || "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);

const all = [
{%- for n in nodes %}
{%- if not n.known and not via_haproxy %}
  // {{ n.name }}: address known after apply
{%- else %}
  {
    id: {{ n.name | tojson }},
{%- if via_haproxy and edge and edge.domain %}
    host: {{ ((n.name | lower) ~ "." ~ edge.domain) | tojson }},
    port: {{ edge.port }},
{%- else %}
    host: {{ (vars.bind | default("127.0.0.1") if via_haproxy else n.address) | tojson }},
    port: {{ (vars.base_port | default(18000)) + 1 + n.slot if via_haproxy else n.port }},
{%- endif %}
    authorization: password,
    secure: {{ ((edge is not none) if via_haproxy else (n.tls is not none)) | tojson }},
    regions: [{{ n.region | tojson }}],
    retryAmount: {{ vars.retry_amount | default(5) }},
    retryDelay: {{ vars.retry_delay_ms | default(10000) }},
    lavastack: { region: {{ n.region | tojson }}, zone: {{ n.zone | tojson }}, weight: {{ n.weight }}, priority: {{ n.priority }}, maintenance: {{ n.maintenance | tojson }}, primary: {{ n.primary | tojson }} },
  },
{%- endif %}
{%- endfor %}
];

const nodes = all.filter((n) => !n.lavastack.maintenance && !forced.includes(n.id));
module.exports = nodes;
module.exports.all = all;
module.exports.routerUrl = {{ router.url | tojson }};
