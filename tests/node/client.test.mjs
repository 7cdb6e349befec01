// The real npm `lavalink-client` against lavastack emulators. Run by tests/lavalink_client.rs,
// which starts the emulators and passes them in LAVASTACK_NODES (JSON array of node options).
import { test } from "node:test";
import assert from "node:assert/strict";
import { LavalinkManager } from "lavalink-client";

const nodes = JSON.parse(process.env.LAVASTACK_NODES ?? "[]");
const CLIENT_ID = "123456789012345678";
const GUILD = "987654321098765432";

const once = (emitter, event, pred = () => true, ms = 10000) =>
  new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), ms);
    const f = (...args) => {
      if (!pred(...args)) return;
      clearTimeout(t);
      emitter.off(event, f);
      resolve(args);
    };
    emitter.on(event, f);
  });

async function rest(node, path, init = {}) {
  const r = await fetch(`${node.secure ? "https" : "http"}://${node.host}:${node.port}${path}`, {
    ...init,
    headers: { Authorization: node.authorization, "Content-Type": "application/json", ...(init.headers ?? {}) },
  });
  return { status: r.status, body: r.status === 204 ? null : await r.json() };
}

test("lavalink-client drives emulated nodes end to end", { timeout: 60000 }, async () => {
  assert.ok(nodes.length >= 2, "needs two nodes");
  const sent = [];
  const manager = new LavalinkManager({
    nodes: nodes.map((n) => ({ ...n, retryAmount: 2, retryDelay: 500 })),
    sendToShard: (guildId, payload) => sent.push(payload),
    client: { id: CLIENT_ID, username: "lavastack-test" },
    autoSkip: true,
    playerOptions: { defaultSearchPlatform: "ytsearch", onDisconnect: { destroyPlayer: false } },
  });
  const connected = new Set();
  const allUp = new Promise((resolve) =>
    manager.nodeManager.on("connect", (node) => {
      connected.add(node.id);
      if (connected.size === nodes.length) resolve();
    }),
  );
  const statsSeen = once(manager.nodeManager, "raw", (_node, p) => p?.op === "stats");
  await manager.init({ id: CLIENT_ID, username: "lavastack-test" });
  await allUp;
  const [, stats] = await statsSeen;
  assert.equal(typeof stats.uptime, "number");
  assert.equal(typeof stats.cpu.systemLoad, "number");

  const first = manager.nodeManager.nodes.get(nodes[0].id);
  const second = manager.nodeManager.nodes.get(nodes[1].id);
  assert.ok(first.sessionId && second.sessionId, "both nodes sent ready with a session id");

  const player = manager.createPlayer({
    guildId: GUILD,
    voiceChannelId: "111111111111111111",
    textChannelId: "222222222222222222",
    node: first.id,
    selfDeaf: true,
  });
  await player.connect();
  assert.ok(sent.some((p) => p.op === 4 && p.d.guild_id === GUILD), "voice state update sent to the gateway");
  // What Discord would answer: our voice state, then the voice server.
  await manager.sendRawData({ t: "VOICE_STATE_UPDATE", d: { guild_id: GUILD, user_id: CLIENT_ID, session_id: "discord-session", channel_id: "111111111111111111" } });
  await manager.sendRawData({ t: "VOICE_SERVER_UPDATE", d: { guild_id: GUILD, token: "voice-token", endpoint: "voice.example.invalid:443" } });

  const res = await player.search({ query: "never gonna give you up" }, { id: "user" });
  assert.equal(res.loadType, "search");
  assert.equal(res.tracks.length, 5);
  await player.queue.add(res.tracks[0]);
  const started = once(manager, "trackStart");
  await player.play({ paused: false });
  const [, startedTrack] = await started;
  assert.equal(startedTrack.info.title, res.tracks[0].info.title);

  // playerUpdate arrives on the interval and the position advances in real time.
  const [, updated] = await once(manager, "playerUpdate", (_old, p) => p.guildId === GUILD && p.lastPosition > 0);
  assert.ok(updated.lastPosition > 0);
  const onFirst = await rest(nodes[0], `/v4/sessions/${first.sessionId}/players/${GUILD}`);
  assert.equal(onFirst.status, 200);
  // The first node is Lavalink 4.0.8, whose voice state has no channelId.
  assert.equal(onFirst.body.voice.channelId, undefined);
  assert.equal(onFirst.body.voice.sessionId, "discord-session");
  assert.equal(onFirst.body.state.connected, true);

  // Move the player to the other node, as a router does when a node fails.
  await player.changeNode(second.id);
  assert.equal(player.node.id, second.id);
  const moved = await rest(nodes[1], `/v4/sessions/${second.sessionId}/players/${GUILD}`);
  assert.equal(moved.status, 200);
  assert.equal(moved.body.track.info.title, res.tracks[0].info.title);
  // The second is 4.2, which requires and reports the voice channel.
  assert.equal(moved.body.voice.channelId, "111111111111111111");
  assert.ok(moved.body.state.position >= 0);
  const gone = await rest(nodes[0], `/v4/sessions/${first.sessionId}/players/${GUILD}`);
  assert.equal(gone.status, 404, "old node's player was destroyed");

  // A short track ends by itself: the node sends TrackEndEvent "finished"; with an empty queue
  // lavalink-client reports that as queueEnd.
  const short = await player.search({ query: "https://emu.invalid/short.mp3?length_ms=1200" }, { id: "user" });
  assert.equal(short.tracks[0].info.duration, 1200);
  const rawEnd = once(manager.nodeManager, "raw", (_n, p) => p?.type === "TrackEndEvent" && p.reason === "finished");
  const ended = once(manager, "queueEnd", (_p, t, payload) => t?.info?.duration === 1200 && payload?.reason === "finished");
  await player.play({ clientTrack: short.tracks[0] });
  const [, endPayload] = await rawEnd;
  assert.equal(endPayload.track.info.length, 1200);
  await ended;

  await player.destroy();
  for (const n of manager.nodeManager.nodes.values()) n.destroy("test over", true);
});

test("emulated node enforces Lavalink's REST rules", async () => {
  const n = nodes[0];
  const noAuth = await fetch(`${n.secure ? "https" : "http"}://${n.host}:${n.port}/version`);
  assert.equal(noAuth.status, 401);
  assert.equal(noAuth.headers.get("lavalink-api-version"), "4");
  const wrong = await fetch(`${n.secure ? "https" : "http"}://${n.host}:${n.port}/version`, { headers: { Authorization: "wrong" } });
  assert.equal(wrong.status, 403);
  const badSession = await rest(n, "/v4/sessions/nosuchsession/players/1", { method: "PATCH", body: "{}" });
  assert.equal(badSession.status, 404);
  assert.equal(badSession.body.message, "Session not found");
  assert.deepEqual(Object.keys(badSession.body).sort(), ["error", "message", "path", "status", "timestamp"]);
});
