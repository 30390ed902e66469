// npm run db:start: only the database (migrated and seeded), for scripts and psql.
import { prepareDatabase } from "./prepare.mjs";

const { url, stop } = await prepareDatabase();
console.log(`DATABASE_URL=${url}\nCtrl-C stops it.`);
const shutdown = async () => {
  await stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
setInterval(() => {}, 1 << 30);
