#!/usr/bin/env node
// A policy check on lavastack's JSON plan, in the style of conftest/OPA rules: fail when a
// plan deletes or replaces a node in a primary region. Reads the plan from a file or stdin:
//   lavastack plan --format json > plan.json && node deny-primary-delete.mjs plan.json
import { readFileSync } from "node:fs";

const plan = JSON.parse(readFileSync(process.argv[2] ?? 0, "utf8"));
const regions = plan.configuration?.regions ?? {};
const denied = [];
for (const rc of plan.resource_changes ?? []) {
  if (rc.type !== "lavalink_node" || !rc.change.actions.includes("delete")) continue;
  const region = rc.change.before?.region;
  if (regions[region]?.primary) denied.push(`${rc.address} in primary region ${region} would be ${rc.change.actions.includes("create") ? "replaced" : "deleted"}`);
}
for (const d of denied) console.error(`deny: ${d}`);
console.log(JSON.stringify({ checked: (plan.resource_changes ?? []).length, denied }));
process.exit(denied.length ? 1 : 0);
