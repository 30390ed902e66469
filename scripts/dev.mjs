// npm run dev: like the demo, but with the Next dev server.
import { demoSecret, prepareDatabase, run, spawnNext, supervise } from "./prepare.mjs";

const port = process.env.PORT ?? "3000";
const { url, stop } = await prepareDatabase();
// The delegate page inlines its CSS from a generated module: rerun this after changing its classes.
run("node", ["scripts/delegate-css.mjs"]);
const env = { DATABASE_URL: url, NEXTAUTH_SECRET: demoSecret(), NEXTAUTH_URL: `http://127.0.0.1:${port}`, ITINERA_DEMO: "1" };
supervise(spawnNext(["dev", "-H", "127.0.0.1", "-p", port], env, { ownGroup: true }), stop);
