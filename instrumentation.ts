// Runs once when a Next server process starts. Every app instance also runs the e-mail
// outbox worker (pg-boss hands each message to exactly one of them), unless
// ITINERA_WORKER=off says a separate `npm run worker` process does it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.ITINERA_WORKER === "off") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailWorker } = await import("./lib/outbox/worker");
  try {
    await startMailWorker();
  } catch (e) {
    // A wrong SMTP_URL or MAIL_FROM, or no database: say so plainly and do not start half-working.
    console.error(`\nItinera cannot start the e-mail worker: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
