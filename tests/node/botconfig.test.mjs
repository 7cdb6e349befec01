// Loads a rendered lavaNodesConfig.js (path in LAVASTACK_BOT_CONFIG) the way a bot does and
// builds a real LavalinkManager from it that connects to every node it lists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { LavalinkManager } from "lavalink-client";

const require = createRequire(import.meta.url);
const path = process.env.LAVASTACK_BOT_CONFIG;
const expected = JSON.parse(process.env.LAVASTACK_EXPECT ?? "{}");

test("the rendered bot config drives a LavalinkManager", { timeout: 30000 }, async () => {
  const nodes = require(path);
  assert.ok(Array.isArray(nodes));
  assert.deepEqual(nodes.map((n) => n.id).sort(), expected.ids);
  assert.equal(nodes.routerUrl, expected.routerUrl);
  for (const n of nodes) {
    assert.equal(n.authorization, process.env.LAVALINK_PASSWORD);
    assert.equal(typeof n.port, "number");
    assert.ok(n.lavastack.region);
  }
  const manager = new LavalinkManager({
    nodes,
    sendToShard: () => {},
    client: { id: "123456789012345678", username: "botconfig-test" },
  });
  const up = new Set();
  const all = new Promise((resolve) =>
    manager.nodeManager.on("connect", (node) => {
      up.add(node.id);
      if (up.size === nodes.length) resolve();
    }),
  );
  await manager.init({ id: "123456789012345678", username: "botconfig-test" });
  await all;
  assert.equal(up.size, nodes.length);
  for (const n of manager.nodeManager.nodes.values()) n.destroy("test over", true);
});

test("the password is required from the environment", () => {
  delete require.cache[require.resolve(path)];
  const saved = process.env.LAVALINK_PASSWORD;
  delete process.env.LAVALINK_PASSWORD;
  assert.throws(() => require(path), /LAVALINK_PASSWORD/);
  process.env.LAVALINK_PASSWORD = saved;
});

test("LAVASTACK_MAINTENANCE takes nodes out from the bot's side", () => {
  delete require.cache[require.resolve(path)];
  process.env.LAVASTACK_MAINTENANCE = expected.ids[0];
  const nodes = require(path);
  assert.ok(!nodes.some((n) => n.id === expected.ids[0]));
  assert.equal(nodes.all.length, expected.all);
  delete process.env.LAVASTACK_MAINTENANCE;
});
