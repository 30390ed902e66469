import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbedded, ensureDatabase } from "../../scripts/pg.mjs";

// One embedded PostgreSQL per test run: migrate a template database once; each test file
// then copies it (CREATE DATABASE … TEMPLATE), which is fast, isolated and real.
export default async function setup(project: TestProject) {
  let base = process.env.TEST_DATABASE_BASE_URL;
  let stop = async () => {};
  if (!base) {
    const dir = "tmp/test-postgres";
    fs.rmSync(dir, { recursive: true, force: true });
    const port = 55500 + (process.pid % 400);
    const { pg, url } = await startEmbedded({ dir, port, log: false, fast: true });
    await ensureDatabase(pg, "itinera_template");
    base = url("itinera_template");
    stop = async () => {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: base }, stdio: "pipe" });
  project.provide("templateDatabaseUrl", base);
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
