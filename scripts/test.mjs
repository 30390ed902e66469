// npm test: every test. Vitest (pure logic under an odd machine zone, data access against a
// real embedded PostgreSQL), then Playwright in Debian's Chromium against the built app.
// Ends with one "N passed, N failed" line summed over both runners.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

fs.mkdirSync("tmp", { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv[2]; // "unit" or "e2e" to run one half

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;

if (only !== "e2e") {
  const out = "tmp/vitest-results.json";
  fs.rmSync(out, { force: true });
  status |= run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { TZ: "Asia/Kathmandu" });
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else totals.failed += 1;
}

if (only !== "unit") {
  const out = "tmp/playwright-results.json";
  fs.rmSync(out, { force: true });
  status |= run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (fs.existsSync(out)) {
    const s = JSON.parse(fs.readFileSync(out, "utf8")).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else totals.failed += 1;
}

if (totals.passed === 0) status = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status ? 1 : 0);
