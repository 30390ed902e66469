import { startMailWorker } from "./worker";

/** Starts the worker in an app process; a wrong SMTP_URL or MAIL_FROM, or no database, stops the process with a plain message. */
export async function startWorkerOrExit() {
  try {
    await startMailWorker();
  } catch (e) {
    console.error(`\nItinera cannot start the e-mail worker: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
