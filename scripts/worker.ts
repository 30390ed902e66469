// npm run worker: the e-mail outbox worker on its own (for deployments that run the app with
// ITINERA_WORKER=off). Uses DATABASE_URL, SMTP_URL and MAIL_FROM like the app.
import { startMailWorker, stopMailWorker } from "@/lib/outbox/worker";

try {
  await startMailWorker();
} catch (e) {
  console.error(`Itinera cannot start the e-mail worker: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
console.log(`E-mail worker running (SMTP ${new URL(process.env.SMTP_URL || "smtp://127.0.0.1:1025").host}). Ctrl-C stops it.`);
const stop = async () => {
  await stopMailWorker();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
