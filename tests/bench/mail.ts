// npm run bench -- mail: publishing a change to the 300-delegate summit (2,000 slots) that
// affects 120 delegates' programmes. Prints the publish's time with notification (120
// outbox rows and queue jobs written in the same transaction) beside the same publish with
// notification off, and the time from the publish until a local SMTP server (smtp-server, in
// this process) has accepted all 120 messages. Its own embedded PostgreSQL on 55615.
import fs from "node:fs";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { startEmbedded, ensureDatabase } from "../../scripts/pg.mjs";
import { run } from "../../scripts/prepare.mjs";
import { summitItinerary } from "@/tests/factories/summit";
import type { Itinerary } from "@/lib/schedule/types";

const DIR = "tmp/bench-mail-postgres";
fs.rmSync(DIR, { recursive: true, force: true });
const { pg, url } = await startEmbedded({ dir: DIR, port: 55615, log: false, fast: true });
await ensureDatabase(pg, "itinera");
process.env.DATABASE_URL = url("itinera");
process.env.NEXTAUTH_SECRET ??= "bench-only-secret-not-for-production-0000000";
run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: process.env.DATABASE_URL });

const accepted: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, s, cb) {
    stream.on("data", () => {});
    stream.on("end", () => {
      accepted.push(s.envelope.rcptTo[0].address);
      cb();
    });
  },
});
await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

const { db } = await import("@/lib/db");
const { publishDraft, publishVisit } = await import("@/lib/publications/mutations");
const { draftKey } = await import("@/lib/publications/fingerprint");
const { loadItinerary } = await import("@/lib/visits/data");

try {
  const it = summitItinerary({ clashRate: 0, venueClashRate: 0 });
  await insert(it);
  const staff = await db().staffUser.create({ data: { email: "bench@example.org", name: "Bench", passwordHash: "x", role: "EDITOR" } });
  await publishVisit(it.visit.id, null);

  // Slots whose attendees together are exactly 120 delegates: their notes change each round.
  const chosen: string[] = [];
  const affected = new Set<string>();
  for (const s of it.slots) {
    const ds = s.attendees
      .filter((a) => a.kind === "delegate")
      .map((a) => a.personId)
      .filter((d) => !affected.has(d));
    if (!ds.length || affected.size + ds.length > 120) continue;
    chosen.push(s.id);
    ds.forEach((d) => affected.add(d));
    if (affected.size === 120) break;
  }
  if (affected.size !== 120) throw new Error(`could only reach ${affected.size} delegates`);
  let round = 0;
  const publish = async (notify: "changed" | "nobody") => {
    round++;
    await db().timeSlot.updateMany({ where: { id: { in: chosen } }, data: { delegateNotes: `Please note: update ${round}` } });
    const key = draftKey((await loadItinerary(it.visit.id))!);
    const t0 = performance.now();
    const r = await publishDraft(staff, { visitId: it.visit.id, draftKey: key, notify });
    return { ms: performance.now() - t0, queued: r.mail.queued };
  };
  await publish("changed");
  await publish("nobody"); // warm-up of both paths
  const on: number[] = [];
  const off: number[] = [];
  for (let k = 0; k < 5; k++) {
    const a = await publish("changed");
    if (a.queued !== 120) throw new Error(`queued ${a.queued}, not 120`);
    on.push(a.ms);
    off.push((await publish("nobody")).ms);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  console.log(`publish to the summit (300 delegates, ${it.slots.length} slots), 120 delegates affected; median of 5, interleaved:`);
  console.log(`  notification off:   ${med(off).toFixed(0).padStart(6)} ms`);
  console.log(`  notify changed:     ${med(on).toFixed(0).padStart(6)} ms   (${(med(on) / med(off)).toFixed(2)}×; target ≤ 2×)`);

  // Delivery: the earlier rounds' messages are marked sent, so the worker has only this round's.
  await db().outboxMessage.updateMany({ data: { status: "SENT" } });
  const { startMailWorker, stopMailWorker } = await import("@/lib/outbox/worker");
  await startMailWorker({ reminders: false });
  const before = accepted.length;
  const t0 = performance.now();
  await publish("changed");
  while (accepted.length - before < 120) {
    if (performance.now() - t0 > 120_000) throw new Error(`only ${accepted.length - before} of 120 arrived in 2 minutes`);
    await new Promise((r) => setTimeout(r, 20));
  }
  console.log(
    `  all 120 accepted by the local SMTP server ${((performance.now() - t0) / 1000).toFixed(1)} s after the publish began (worker: batches of 16, each message rendered in the recipient's language)`,
  );
  await stopMailWorker();
} finally {
  await db().$disconnect();
  smtp.close();
  await pg.stop();
  fs.rmSync(DIR, { recursive: true, force: true });
}

/** Writes a synthetic itinerary straight into the tables (the visit-file import validates too much for a bench). */
async function insert(it: Itinerary) {
  const v = it.visit;
  await db().visit.create({
    data: {
      id: v.id,
      title: v.title,
      guestCity: v.guestCity,
      hostCity: v.hostCity,
      firstDay: new Date(`${v.firstDay}T00:00:00Z`),
      lastDay: new Date(`${v.lastDay}T00:00:00Z`),
      timeZone: v.timeZone,
      travelMode: v.travelMode,
      travelSpeedKmh: v.travelSpeedKmh,
      detourFactor: v.detourFactor,
    },
  });
  await db().venue.createMany({
    data: it.venues.map((x) => ({
      id: x.id,
      visitId: v.id,
      name: x.name,
      address: x.address,
      postcode: x.postcode,
      latitude: x.latitude,
      longitude: x.longitude,
      accessNotes: x.accessNotes,
    })),
  });
  await db().hostOrganisation.createMany({
    data: it.organisations.map((o) => ({ id: o.id, visitId: v.id, name: o.name, website: o.website })),
  });
  await db().hostContact.createMany({
    data: it.organisations.flatMap((o) =>
      o.contacts.map((c) => ({ id: c.id, organisationId: o.id, name: c.name, role: c.role, email: c.email, phone: c.phone })),
    ),
  });
  await db().delegate.createMany({
    data: it.delegates.map((d, i) => ({
      id: d.id,
      visitId: v.id,
      name: d.name,
      email: `delegate${i + 1}@example.net`,
      language: i % 3 ? "en" : "de",
      homeTimeZone: d.homeTimeZone,
    })),
  });
  await db().timeSlot.createMany({
    data: it.slots.map((s) => ({
      id: s.id,
      visitId: v.id,
      title: s.title,
      kind: s.kind,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      venueId: s.venueId,
      hostOrganisationId: s.hostOrganisationId,
    })),
  });
  await db().attendance.createMany({
    data: it.slots.flatMap((s) =>
      s.attendees.map((a) => ({
        slotId: s.id,
        role: a.role,
        ...(a.kind === "delegate" ? { delegateId: a.personId } : { hostContactId: a.personId }),
      })),
    ),
  });
}
