// The Lavalink side of a music bot that lets lavastack's router choose nodes.
//
//   const nodes = require("./lavaNodesConfig.js");          // rendered by lavastack
//   const bot = createBot({ nodes, routerUrl: nodes.routerUrl, client, sendToShard });
//   discordClient.on("raw", (d) => bot.manager.sendRawData(d)); // voice updates from the gateway
//   await bot.manager.init(client);
//   await bot.play(guildId, voiceChannelId, "never gonna give you up");
//
// New players go to the node the router picks for the guild (`POST /v1/select`). When a node
// dies, every player on it asks the router again and moves to the first live node of the
// ranking with changeNode(), so playback continues within the router's recovery time. With
// watchDrains(), players also leave a node the router drained (`lavastack node drain`). With
// routerToken, each node's password comes from the router (GET /v1/credentials) before every
// reconnect and drain check, so `lavastack rotate password` never leaves the bot locked out.
//
// Every assignment of a guild to a node is one log line, for people and log pipelines alike:
//   {"event":"assignment","ts":"...","guild":"...","node":"eu-2","reason":"failover","from":"eu-1"}
// reason is select (a new player), failover (its node went away) or drain (its node was
// drained). metrics() gives the bot's own Prometheus metrics; serveMetrics() serves them.
import http from "node:http";
import { LavalinkManager } from "lavalink-client";

export function createBot({ nodes, routerUrl, routerToken, client, sendToShard, log = () => {} }) {
  const manager = new LavalinkManager({
    nodes,
    sendToShard,
    client,
    autoSkip: true,
    playerOptions: { onDisconnect: { destroyPlayer: false, autoReconnect: false } },
  });

  const auth = routerToken ? { Authorization: `Bearer ${routerToken}` } : {};
  const counts = { assignments: { select: 0, failover: 0, drain: 0 }, failoverMs: [], authFailures: 0 };

  function assign(guildId, node, reason, from) {
    counts.assignments[reason] += 1;
    log({ event: "assignment", ts: new Date().toISOString(), guild: guildId, node, reason, ...(from ? { from } : {}) });
  }

  async function ranking(guildId) {
    const res = await fetch(`${routerUrl}/v1/select`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...auth },
      body: JSON.stringify({ guild_id: guildId }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`router: HTTP ${res.status}`);
    return (await res.json()).ranking;
  }

  const live = (id) => {
    const n = manager.nodeManager.nodes.get(id);
    return n && n.connected && n.sessionId ? n : null;
  };

  async function play(guildId, voiceChannelId, query) {
    const choice = (await ranking(guildId)).find((id) => live(id));
    if (!choice) throw new Error(`no live node for guild ${guildId}`);
    const player = manager.createPlayer({ guildId, voiceChannelId, textChannelId: voiceChannelId, node: choice, selfDeaf: true });
    await player.connect();
    const res = await player.search({ query }, { id: "bot" });
    await player.queue.add(res.tracks[0]);
    await player.play({ paused: false });
    assign(guildId, choice, "select");
    return player;
  }

  // Move every player off a node that went away (or was drained), following the router's ranking.
  async function evacuate(deadId, { deadline = 10000, reason = "failover" } = {}) {
    const started = Date.now();
    const players = [...manager.players.values()].filter((p) => p.node?.id === deadId);
    await Promise.all(
      players.map(async (player) => {
        for (;;) {
          const target = (await ranking(player.guildId)).find((id) => id !== deadId && live(id));
          if (target) {
            await player.changeNode(target);
            assign(player.guildId, target, reason, deadId);
            if (reason === "failover") counts.failoverMs.push(Date.now() - started);
            return;
          }
          if (Date.now() - started > deadline) throw new Error(`no live node for guild ${player.guildId}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    return { moved: players.length, ms: Date.now() - started };
  }

  // During `lavastack rotate password` nodes hold different passwords, and the router knows
  // each one's (GET /v1/credentials, behind its admin token). A node that went away may come
  // back with the new one: its current credential is fetched before lavalink-client
  // reconnects (it reads options.authorization on every connect and REST call).
  async function refreshCredentials() {
    if (!routerToken) return 0;
    const res = await fetch(`${routerUrl}/v1/credentials`, { headers: auth, signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`router: HTTP ${res.status}`);
    let changed = 0;
    for (const { name, password } of (await res.json()).nodes ?? []) {
      const n = manager.nodeManager.nodes.get(name);
      if (n && password && n.options.authorization !== password) {
        n.options.authorization = password;
        changed += 1;
        log({ event: "credential", node: name });
      }
    }
    return changed;
  }
  const refreshQuietly = () =>
    refreshCredentials().catch((e) => log({ event: "credential-refresh-failed", error: String(e) }));
  // A refused handshake (the node moved to the new password first) is retried with the
  // credential the router has now.
  manager.nodeManager.on("error", (node, error) => {
    if (/\b40[13]\b/.test(String(error?.message ?? error))) {
      counts.authFailures += 1;
      log({ event: "auth-refused", node: node.id });
      refreshQuietly();
    }
  });

  // lavalink-client reports a disconnect again on every failed reconnect to a dead node;
  // only the evacuation that moved players is worth a line.
  manager.nodeManager.on("disconnect", (node) => {
    refreshQuietly();
    evacuate(node.id).then(
      (r) => r.moved > 0 && log({ event: "evacuated", node: node.id, ...r }),
      (e) => log({ event: "evacuation-failed", node: node.id, error: String(e) }),
    );
  });

  // Players leave nodes the router reports draining. Polls GET /v1/nodes every `every` ms.
  const draining = new Set();
  let drainTimer = null;
  function watchDrains({ every = 1000 } = {}) {
    const tick = async () => {
      await refreshQuietly();
      try {
        const res = await fetch(`${routerUrl}/v1/nodes`, { headers: auth, signal: AbortSignal.timeout(5000) });
        if (!res.ok) throw new Error(`router: HTTP ${res.status}`);
        const body = await res.json();
        const list = Array.isArray(body) ? body : body.nodes ?? [];
        for (const n of list) {
          if (n.draining && !draining.has(n.name)) {
            draining.add(n.name);
            const r = await evacuate(n.name, { reason: "drain" });
            log({ event: "drained", node: n.name, ...r });
          } else if (!n.draining) draining.delete(n.name);
        }
      } catch (e) {
        log({ event: "drain-watch-failed", error: String(e) });
      }
      drainTimer = setTimeout(tick, every);
    };
    drainTimer = setTimeout(tick, 0);
    return () => clearTimeout(drainTimer);
  }

  // The bot's own metrics, in Prometheus's text format.
  function metrics() {
    const esc = (v) => String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
    const perNode = new Map([...manager.nodeManager.nodes.keys()].map((id) => [id, 0]));
    for (const p of manager.players.values()) if (p.node?.id) perNode.set(p.node.id, (perNode.get(p.node.id) ?? 0) + 1);
    const lines = [
      "# HELP lavastack_bot_players Players this bot has on each node.",
      "# TYPE lavastack_bot_players gauge",
      ...[...perNode].map(([id, n]) => `lavastack_bot_players{node="${esc(id)}"} ${n}`),
      "# HELP lavastack_bot_assignments_total Guilds assigned to a node, by why.",
      "# TYPE lavastack_bot_assignments_total counter",
      ...Object.entries(counts.assignments).map(([r, n]) => `lavastack_bot_assignments_total{reason="${r}"} ${n}`),
      "# HELP lavastack_bot_failovers_total Players moved off a node that went away.",
      "# TYPE lavastack_bot_failovers_total counter",
      `lavastack_bot_failovers_total ${counts.assignments.failover}`,
      "# HELP lavastack_bot_failover_seconds Time from a node going away to each of its players playing elsewhere.",
      "# TYPE lavastack_bot_failover_seconds summary",
      `lavastack_bot_failover_seconds_sum ${counts.failoverMs.reduce((a, b) => a + b, 0) / 1000}`,
      `lavastack_bot_failover_seconds_count ${counts.failoverMs.length}`,
      "# HELP lavastack_bot_auth_refused_total Node connections refused for a wrong password (retried with the router's credential).",
      "# TYPE lavastack_bot_auth_refused_total counter",
      `lavastack_bot_auth_refused_total ${counts.authFailures}`,
    ];
    return lines.join("\n") + "\n";
  }

  function serveMetrics({ port = 0, host = "127.0.0.1" } = {}) {
    const server = http.createServer((req, res) => {
      if (req.method === "GET" && req.url === "/metrics") {
        res.writeHead(200, { "Content-Type": "text/plain; version=0.0.4" });
        res.end(metrics());
      } else {
        res.writeHead(404).end();
      }
    });
    return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
  }

  return { manager, play, evacuate, ranking, watchDrains, refreshCredentials, metrics, serveMetrics, counts };
}
