// npm run bench: runs every benchmark in tests/bench in turn (or the ones named:
// `npm run bench -- conflicts`). Each prints its own figures beside a baseline measured in
// the same run; targets are printed, not asserted.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const wanted = process.argv.slice(2);
const files = fs
  .readdirSync("tests/bench")
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith("_"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync("npx", ["tsx", `tests/bench/${f}`], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
