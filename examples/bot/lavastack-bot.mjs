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
// ranking with changeNode(), so playback continues within the router's recovery time.
import { LavalinkManager } from "lavalink-client";

export function createBot({ nodes, routerUrl, client, sendToShard, log = () => {} }) {
  const manager = new LavalinkManager({
    nodes,
    sendToShard,
    client,
    autoSkip: true,
    playerOptions: { onDisconnect: { destroyPlayer: false, autoReconnect: false } },
  });

  async function ranking(guildId) {
    const res = await fetch(`${routerUrl}/v1/select`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ guild_id: guildId }),
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
    log({ event: "playing", guildId, node: choice });
    return player;
  }

  // Move every player off a node that went away, following the router's ranking.
  async function evacuate(deadId, { deadline = 10000 } = {}) {
    const started = Date.now();
    const players = [...manager.players.values()].filter((p) => p.node?.id === deadId);
    await Promise.all(
      players.map(async (player) => {
        for (;;) {
          const target = (await ranking(player.guildId)).find((id) => id !== deadId && live(id));
          if (target) {
            await player.changeNode(target);
            log({ event: "moved", guildId: player.guildId, from: deadId, to: target, ms: Date.now() - started });
            return;
          }
          if (Date.now() - started > deadline) throw new Error(`no live node for guild ${player.guildId}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    return { moved: players.length, ms: Date.now() - started };
  }

  manager.nodeManager.on("disconnect", (node) => {
    evacuate(node.id).then(
      (r) => log({ event: "evacuated", node: node.id, ...r }),
      (e) => log({ event: "evacuation-failed", node: node.id, error: String(e) }),
    );
  });

  return { manager, play, evacuate, ranking };
}
