import { defineConfig } from "prisma/config";
import { PrismaPgMigrate, pgConfig, unrefLongEngineTimers } from "./prisma/pg-migrate-adapter.ts";

// A config file turns off .env loading; the default points at the embedded server that
// scripts/db.mjs starts. Without DATABASE_URL the CLI would fall back to the native engine
// and try to download it.
process.env.DATABASE_URL ??= "postgresql://postgres:itinera@127.0.0.1:55432/itinera";
unrefLongEngineTimers();

export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  engine: "js",
  adapter: async () => new PrismaPgMigrate(pgConfig(process.env.DATABASE_URL!)),
});
