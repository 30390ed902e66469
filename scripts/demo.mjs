// npm run demo: embedded PostgreSQL + migrations + the Leipzig seed + a production build,
// served at http://127.0.0.1:3000, and MailDev catching the app's e-mail (SMTP on 1025, inbox
// at http://127.0.0.1:1080) unless SMTP_URL points elsewhere. Ctrl-C stops everything; data is kept.
import { spawn } from "node:child_process";
import { demoSecret, prepareDatabase, run, spawnServer, supervise } from "./prepare.mjs";

const port = process.env.PORT ?? "3000";
const { url, stop: stopDb } = await prepareDatabase();
const mail = process.env.SMTP_URL ? null : startMailDev();
const stop = async () => {
  mail?.kill("SIGTERM");
  await stopDb();
};
const env = {
  DATABASE_URL: url,
  NEXTAUTH_SECRET: demoSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://127.0.0.1:${port}`,
  ITINERA_DEMO: "1",
  SMTP_URL: process.env.SMTP_URL ?? "smtp://127.0.0.1:1025",
  MAIL_FROM: process.env.MAIL_FROM ?? "Leipzig visit team <visits@example.org>",
};
try {
  if (process.env.SKIP_BUILD !== "1") run("npm", ["run", "build"], env);
} catch (e) {
  await stop();
  throw e;
}
console.log(`\nItinera demo: http://127.0.0.1:${port}  (sign in as admin@example.org / itinera-demo)`);
console.log(mail ? "E-mail it sends: read it at http://127.0.0.1:1080 (MailDev)\n" : `E-mail goes to ${new URL(env.SMTP_URL).host}\n`);
supervise(spawnServer(port, env, { ownGroup: true }), stop);

/** MailDev 3: a local SMTP server with a web inbox; mail is kept in data/mail between runs. */
function startMailDev() {
  const child = spawn(
    process.execPath,
    [
      "node_modules/maildev/dist/bin/maildev.js",
      "--smtp",
      "1025",
      "--ip",
      "127.0.0.1",
      "--web",
      "1080",
      "--web-ip",
      "127.0.0.1",
      "--mail-directory",
      "data/mail",
      "--silent",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  child.on("exit", (code) => code && console.error(`MailDev stopped (exit ${code}): is something else using port 1025 or 1080?`));
  return child;
}
