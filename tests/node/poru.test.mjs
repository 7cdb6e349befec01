// The real npm `poru` client against `lavastack emulate` nodes (LAVASTACK_NODES, set by
// tests/it/lavalink_client.rs): connect, search, play, see a playerUpdate, a track that ends
// by itself, and Lavaplayer tracks decoded by the node. Poru talks to Discord through a discord.js-shaped client; here that client is a stub
// whose gateway is the test itself (it answers the voice join as Discord would).
import { test } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter, once } from "node:events";
import { Poru } from "poru";

const nodes = JSON.parse(process.env.LAVASTACK_NODES ?? "[]");
const CLIENT_ID = "123456789012345678";
const GUILD = "333333333333333333";
const CHANNEL = "111111111111111111";

function fakeDiscord() {
  const client = new EventEmitter();
  client.user = { id: CLIENT_ID };
  client.sent = [];
  const shard = {
    // The gateway: a voice join (op 4) is answered with the two voice events Discord sends.
    send(packet) {
      client.sent.push(packet);
      if (packet.op === 4 && packet.d.channel_id) {
        setTimeout(() => {
          client.emit("raw", { t: "VOICE_STATE_UPDATE", d: { guild_id: packet.d.guild_id, user_id: CLIENT_ID, session_id: "discord-session", channel_id: packet.d.channel_id } });
          client.emit("raw", { t: "VOICE_SERVER_UPDATE", d: { guild_id: packet.d.guild_id, token: "voice-token", endpoint: "voice.example.invalid:443" } });
        }, 10);
      }
    },
  };
  client.guilds = { cache: new Map([[GUILD, { id: GUILD, shard }]]) };
  return client;
}

const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out waiting for ${what}`)), ms))]);

test("poru drives an emulated node end to end", { timeout: 60000 }, async () => {
  assert.ok(nodes.length >= 2, "needs two nodes");
  const client = fakeDiscord();
  const poru = new Poru(
    client,
    nodes.map((n) => ({ name: n.id, host: n.host, port: n.port, password: n.authorization, secure: false })),
    { library: "discord.js", defaultPlatform: "ytsearch", reconnectTries: 1 },
  );
  const connected = new Set();
  const allUp = new Promise((resolve) =>
    poru.on("nodeConnect", (node) => {
      connected.add(node.name);
      if (connected.size === nodes.length) resolve();
    }),
  );
  await poru.init();
  await withTimeout(allUp, 10000, "both nodes to connect");

  const res = await poru.resolve({ query: "never gonna give you up", source: "ytsearch", requester: "test" });
  assert.equal(res.loadType, "search");
  assert.equal(res.tracks.length, 5);
  const track = res.tracks[0];
  assert.ok(track.track.startsWith("QAAA"), `a Lavaplayer track string: ${track.track}`);

  // The node decodes its own track back to the same info.
  const decoded = await poru.decodeTrack(track.track);
  assert.equal(decoded.info.title, track.info.title);

  const player = poru.createConnection({ guildId: GUILD, voiceChannel: CHANNEL, textChannel: "2", deaf: true });
  assert.ok(client.sent.some((p) => p.op === 4 && p.d.guild_id === GUILD), "voice join sent to the gateway");
  const started = once(poru, "trackStart");
  // The voice update reaches the node before play (Discord answers within 10 ms here).
  await new Promise((r) => setTimeout(r, 200));
  player.queue.add(track);
  await player.play();
  const [, startedTrack] = await withTimeout(started, 5000, "trackStart");
  assert.equal(startedTrack.info.title, track.info.title);

  // A playerUpdate comes right after the start, and the player is connected.
  await withTimeout(once(poru, "playerUpdate"), 5000, "playerUpdate");
  assert.equal(player.isConnected, true);

  // Pause, volume and a seek go through the node and come back in its player state.
  await player.pause(true);
  await player.setVolume(150);
  const state = await player.node.rest.get(`/v4/sessions/${player.node.sessionId}/players/${GUILD}`);
  assert.equal(state.paused, true);
  assert.equal(state.volume, 150);
  assert.equal(state.voice.sessionId, "discord-session");

  // A short track ends by itself: TrackEndEvent "finished", and with an empty queue, queueEnd.
  const short = await poru.resolve({ query: "https://emu.invalid/short.mp3?length_ms=800", requester: "test" });
  assert.equal(short.tracks[0].info.length, 800);
  const ended = once(poru, "queueEnd");
  player.queue.add(short.tracks[0]);
  await player.skip(); // ends the current track; poru plays the next from its queue
  await withTimeout(ended, 10000, "queueEnd after the short track");

  await player.destroy();
  for (const n of poru.nodes.values()) n.disconnect?.();
});
