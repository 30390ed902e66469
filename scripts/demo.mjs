// npm run demo: embedded PostgreSQL + migrations + the Leipzig seed + a production build,
// served at http://127.0.0.1:3000. Ctrl-C stops the app and the database; data is kept.
import { demoSecret, prepareDatabase, run, spawnServer, supervise } from "./prepare.mjs";

const port = process.env.PORT ?? "3000";
const { url, stop } = await prepareDatabase();
const env = {
  DATABASE_URL: url,
  NEXTAUTH_SECRET: demoSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://127.0.0.1:${port}`,
  ITINERA_DEMO: "1",
};
try {
  if (process.env.SKIP_BUILD !== "1") run("npm", ["run", "build"], env);
} catch (e) {
  await stop();
  throw e;
}
console.log(`\nItinera demo: http://127.0.0.1:${port}  (sign in as admin@example.org / itinera-demo)\n`);
supervise(spawnServer(port, env, { ownGroup: true }), stop);
