// Runs the bot against a lavastack cluster without Discord: a stand-in gateway answers voice
// state requests the way Discord does. Used by tests/it/bot_example.rs:
//   LAVALINK_PASSWORD=... node demo.mjs /path/to/lavaNodesConfig.js 20 [kill|hold]
// Prints JSON lines: one "assignment" per guild placed on a node (select / drain / failover),
// "ready" once every player plays, "drained" after players left a node the router drained,
// then, after a node dies, "verified" once every player plays on a live, undrained node
// (checked on the node itself over REST), and last "metrics" with the bot's own metrics text.
// With "hold" no node is expected to die: the demo keeps playing (following drains and the
// router's credentials, LAVASTACK_ROUTER_TOKEN) until a line arrives on stdin, then verifies.
import { createRequire } from "node:module";
import { createBot } from "./lavastack-bot.mjs";

const require = createRequire(import.meta.url);
const [configPath, countArg, mode = "kill"] = process.argv.slice(2);
const nodes = require(configPath);
const count = Number(countArg ?? 10);
const client = { id: "123456789012345678", username: "lavastack-demo" };
const out = (o) => console.log(JSON.stringify(o));
// lavalink-client sends some follow-up requests (filters after changeNode) without awaiting
// them; when that node dies mid-request the rejection has no handler. A bot must not crash on
// it: the failover that follows moves the player anyway.
process.on("unhandledRejection", (e) => out({ event: "unhandled-rejection", error: String(e) }));

const pending = [];
const drained = new Set();
const bot = createBot({
  nodes: nodes.map((n) => ({ ...n, retryAmount: 1000, retryDelay: 250 })),
  routerUrl: nodes.routerUrl,
  routerToken: process.env.LAVASTACK_ROUTER_TOKEN,
  client,
  log: (o) => {
    if (o.event === "drained") drained.add(o.node);
    out(o);
  },
  // Discord answers a voice state request with our voice state and the voice server.
  sendToShard: (guildId, payload) => {
    if (payload.op !== 4 || !payload.d.channel_id) return;
    pending.push(
      bot.manager.sendRawData({ t: "VOICE_STATE_UPDATE", d: { guild_id: guildId, user_id: client.id, session_id: `s-${guildId}`, channel_id: payload.d.channel_id } }).then(() =>
        bot.manager.sendRawData({ t: "VOICE_SERVER_UPDATE", d: { guild_id: guildId, token: `t-${guildId}`, endpoint: "voice.example.invalid:443" } }),
      ),
    );
  },
});

const up = new Set();
const allUp = new Promise((resolve) =>
  bot.manager.nodeManager.on("connect", (n) => {
    up.add(n.id);
    if (up.size === nodes.length) resolve();
  }),
);
await bot.manager.init(client);
await allUp;

const guilds = Array.from({ length: count }, (_, i) => String(400000000000000000n + BigInt(i) * 7919n));
for (const g of guilds) await bot.play(g, "111111111111111111", `song for ${g}`);
await Promise.all(pending);
const where = Object.fromEntries(guilds.map((g) => [g, bot.manager.players.get(g).node.id]));
out({ event: "ready", players: count, where });
const stopDrains = bot.watchDrains({ every: 200 });

// Wait for a node to die and the evacuation to finish (or, holding, for the go-ahead on
// stdin), then check every player on its node.
const evacuated = mode === "hold" ? await new Promise((resolve) => {
  process.stdin.once("data", () => resolve(null));
}) : await new Promise((resolve) => {
  bot.manager.nodeManager.once("disconnect", (n) => {
    const check = setInterval(() => {
      const left = [...bot.manager.players.values()].filter((p) => p.node.id === n.id).length;
      if (left === 0) {
        clearInterval(check);
        resolve(n.id);
      }
    }, 50);
  });
});
await Promise.all(pending);
// Holding, nodes that came back (a rotation's replacements) are given up to 10 s to reconnect.
for (let waited = 0; mode === "hold" && waited < 10000; waited += 100) {
  if ([...bot.manager.nodeManager.nodes.values()].every((n) => n.connected)) break;
  await new Promise((r) => setTimeout(r, 100));
}
let ok = 0;
for (const g of guilds) {
  const p = bot.manager.players.get(g);
  const node = p.node;
  const res = await fetch(`http://${node.options.host}:${node.options.port}/v4/sessions/${node.sessionId}/players/${g}`, {
    headers: { Authorization: node.options.authorization },
  });
  const body = res.ok ? await res.json() : null;
  const undrained = mode === "hold" || !drained.has(node.id);
  if (node.id !== evacuated && undrained && node.connected && body?.track && !body.paused && body.state.connected) ok++;
  else out({ event: "not-playing", guild: g, node: node.id, status: res.status });
}
out({
  event: "verified", dead: evacuated, drained: [...drained], playing: ok, players: count,
  auth_refused: bot.counts.authFailures, failovers: bot.counts.assignments.failover,
  max_failover_ms: Math.max(0, ...bot.counts.failoverMs),
  connected: [...bot.manager.nodeManager.nodes.values()].filter((n) => n.connected).length,
});
stopDrains();
out({ event: "metrics", text: bot.metrics() });
for (const n of bot.manager.nodeManager.nodes.values()) n.destroy("demo over", true);
process.exit(ok === count ? 0 : 1);
