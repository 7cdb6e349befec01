// Preloaded (node --require) by the edge test: resolves the test's edge domain to the
// loopback address its HAProxy listens on, as a DNS record would in production. Every other
// name resolves as usual. LAVASTACK_EDGE_HOSTS is "domain=address".
"use strict";
const dns = require("node:dns");
const [domain, address] = (process.env.LAVASTACK_EDGE_HOSTS || "").split("=");
if (domain && address) {
  const lookup = dns.lookup;
  const ours = (host) => host === domain || String(host).endsWith("." + domain);
  dns.lookup = function (host, options, callback) {
    if (typeof options === "function") {
      callback = options;
      options = {};
    }
    if (!ours(host)) return lookup.call(this, host, options, callback);
    const opts = typeof options === "number" ? { family: options } : options || {};
    if (opts.all) return process.nextTick(callback, null, [{ address, family: 4 }]);
    return process.nextTick(callback, null, address, 4);
  };
}
