// npm run delegate:link -- <email>: issues a fresh private link for the delegate with this
// e-mail (any earlier link stops working) and prints its URL. Uses DATABASE_URL; without it,
// the demo's embedded PostgreSQL (started here if it is not already running). With DATABASE_URL
// it needs the server's LINK_SECRET or NEXTAUTH_SECRET (docs/decisions/010-delegate-link-tokens.md).
import pg from "pg";

const DEMO_URL = "postgresql://postgres:itinera@127.0.0.1:55432/itinera";

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const email = process.argv.slice(2).find((a) => a !== "--");
  if (!email?.includes("@")) {
    console.error("Usage: npm run delegate:link -- <delegate e-mail>\n  e.g. npm run delegate:link -- manuela.blum@example.de");
    return 2;
  }
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    // The demo server derives links with the demo's secret: issue with the same one, so that
    // its PDFs can print this link's QR code.
    const { demoSecret } = await import("./prepare.mjs");
    process.env.NEXTAUTH_SECRET = demoSecret();
    if (await reachable(DEMO_URL)) {
      process.env.DATABASE_URL = DEMO_URL;
    } else {
      console.error("No DATABASE_URL and the demo database is not running: starting the embedded PostgreSQL (data/postgres)…");
      const { prepareDatabase } = await import("./prepare.mjs");
      const prepared = await prepareDatabase();
      process.env.DATABASE_URL = prepared.url;
      stop = prepared.stop;
    }
  } else if (!(await reachable(process.env.DATABASE_URL))) {
    console.error(
      `Cannot reach the database at DATABASE_URL. Start it first (npm run db:start prints a URL), or unset DATABASE_URL to use the demo database.`,
    );
    return 1;
  }
  try {
    const { delegatesByEmail } = await import("@/lib/delegate-links/data");
    const { issueLink } = await import("@/lib/delegate-links/mutations");
    const { delegateUrl, publicBaseUrl } = await import("@/lib/delegate-links/urls");
    const found = await delegatesByEmail(email);
    if (found.length === 0) {
      console.error(`No delegate has the e-mail ${email}. Check the spelling, or add the e-mail on the visit's Delegates page.`);
      return 1;
    }
    if (found.length > 1)
      console.error(`${email} is a delegate in ${found.length} visits; issuing for the latest: ${found[0].visit.title}.`);
    const d = found[0];
    const { token } = await issueLink({ visitId: d.visitId, delegateId: d.id, actorId: null });
    console.error(`New link for ${d.name} (${d.visit.title}). Any earlier link no longer works.`);
    console.log(delegateUrl(token, publicBaseUrl()));
    return 0;
  } finally {
    const { db } = await import("@/lib/db");
    await db().$disconnect();
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
