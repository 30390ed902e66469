// npm run dev: like the demo, but with the Next dev server.
import { demoSecret, prepareDatabase, spawnNext, supervise } from "./prepare.mjs";

const port = process.env.PORT ?? "3000";
const { url, stop } = await prepareDatabase();
const env = { DATABASE_URL: url, NEXTAUTH_SECRET: demoSecret(), NEXTAUTH_URL: `http://127.0.0.1:${port}`, ITINERA_DEMO: "1" };
supervise(spawnNext(["dev", "-H", "127.0.0.1", "-p", port], env, { ownGroup: true }), stop);
