// Runs once when a Next server process starts. Every app instance also runs the e-mail
// outbox worker (pg-boss hands each message to exactly one of them), unless
// ITINERA_WORKER=off says a separate `npm run worker` process does it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.ITINERA_WORKER === "off") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkerOrExit } = await import("./lib/outbox/start");
  await startWorkerOrExit();
}
