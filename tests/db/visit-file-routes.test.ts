import { beforeAll, describe, expect, it, vi } from "vitest";
import { LIMITS } from "@/lib/limits";
import type { VisitFile } from "@/lib/visits/file-schema";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { importVisitFile } from "@/tests/factories/records";
import { createStaff } from "@/tests/factories/staff";
import { useTestDatabase } from "@/tests/setup/db";

// The visit file in the app: POST /visits/import and GET /visits/[id]/visit.json, called as
// Next calls them, against a real database. Only the session lookup and the page cache are
// replaced (as in protocol.test.ts).
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const t = useTestDatabase();
const handlers = () => import("@/lib/visits/file-handlers");
const SITE = "http://itinera.example";

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${SITE}/visits/import`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", origin: SITE, host: "itinera.example", ...headers },
    duplex: "half",
  } as RequestInit);
}

async function download(id: string) {
  const { visitFileResponse } = await handlers();
  return visitFileResponse(new Request(`${SITE}/visits/${id}/visit.json`), { params: Promise.resolve({ id }) });
}

let editor: string;
let viewer: string;
beforeAll(async () => {
  editor = (await createStaff({ role: "EDITOR", name: "Priya Editor" })).id;
  viewer = (await createStaff({ role: "VIEWER" })).id;
});

describe("POST /visits/import", () => {
  it("imports a valid visit file, answers its id, and the visit's history names the staff member", async () => {
    const { importVisitResponse } = await handlers();
    session.staffId = editor;
    const res = await importVisitResponse(post(JSON.stringify(leipzigVisit())));
    expect(res.status).toBe(201);
    const { visitId } = await res.json();
    const visit = await t.prisma.visit.findUniqueOrThrow({ where: { id: visitId }, include: { _count: { select: { slots: true } } } });
    expect(visit.title).toBe("Leipzig delegation to Birmingham");
    expect(visit._count.slots).toBe(leipzigVisit().slots!.length);
    const entries = await t.prisma.auditEntry.findMany({ where: { visitId } });
    expect(entries).toMatchObject([{ action: "import", entity: "visit", entityId: visitId, actorId: editor }]);
    expect(entries[0].after).toMatchObject({ title: "Leipzig delegation to Birmingham", slots: visit._count.slots });
  });

  it("answers every problem with its path and writes nothing", async () => {
    const { importVisitResponse } = await handlers();
    session.staffId = editor;
    const visitsBefore = await t.prisma.visit.count();
    const file = leipzigVisit();
    const [first] = file.slots!;
    file.slots![0] = { ...first, end: first.start.replace(/T\d\d/, "T05") };
    file.slots![1] = { ...file.slots![1], venue: "nowhere" };
    const res = await importVisitResponse(post(JSON.stringify(file)));
    expect(res.status).toBe(400);
    const { problems } = await res.json();
    expect(problems).toEqual([
      { path: "slots[0].end", message: "before start: a slot must end after it starts" },
      { path: "slots[1].venue", message: 'no venue "nowhere"' },
    ]);

    const broken = await importVisitResponse(post('{"format": "itinera.visit", "visit": {'));
    expect(broken.status).toBe(400);
    expect((await broken.json()).problems).toMatchObject([{ path: "(file)", message: expect.stringMatching(/^not valid JSON/) }]);
    expect(await t.prisma.visit.count()).toBe(visitsBefore);
    expect(await t.prisma.auditEntry.count({ where: { action: "import", entity: "visit", actorId: editor } })).toBe(1);
  });

  it("refuses a file over the limit with 413, by its Content-Length or while reading, without reading it all", async () => {
    const { importVisitResponse } = await handlers();
    session.staffId = editor;
    const visitsBefore = await t.prisma.visit.count();
    const announced = await importVisitResponse(post("{}", { "content-length": String(LIMITS.visitFileBytes + 1) }));
    expect(announced.status).toBe(413);
    expect(await announced.text()).toMatch(/larger than 64 MB/);

    // No length given, and a body that never ends: the handler stops just past the limit.
    const chunk = new Uint8Array(1_000_000).fill(0x20);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await importVisitResponse(post(endless));
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toMatch(/larger than 64 MB/);
    expect(sent).toBeLessThan(LIMITS.visitFileBytes + 5 * chunk.length);
    expect(await t.prisma.visit.count()).toBe(visitsBefore);
  });

  it("refuses a viewer, a signed-out request and a request from another site", async () => {
    const { importVisitResponse } = await handlers();
    const visitsBefore = await t.prisma.visit.count();
    const body = JSON.stringify(leipzigVisit());
    session.staffId = viewer;
    expect((await importVisitResponse(post(body))).status).toBe(403);
    session.staffId = null;
    expect((await importVisitResponse(post(body))).status).toBe(401);
    session.staffId = editor;
    const foreign = await importVisitResponse(post(body, { origin: "https://evil.example" }));
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toMatch(/another site/);
    expect((await importVisitResponse(post(body, { origin: "null" }))).status).toBe(403);
    // Behind a proxy the browser's host is the forwarded one.
    const proxied = await importVisitResponse(
      post(body, { origin: "https://itinera.example.org", "x-forwarded-host": "itinera.example.org" }),
    );
    expect(proxied.status).toBe(201);
    expect(await t.prisma.visit.count()).toBe(visitsBefore + 1);
  });
});

describe("GET /visits/[id]/visit.json", () => {
  it("gives a viewer the whole visit as a file that imports to an equal visit", async () => {
    const id = await importVisitFile(leipzigVisit());
    session.staffId = viewer;
    const res = await download(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="visit-2025-06-10-leipzig-delegation-to-birmingham.json"');
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const text = await res.text();
    const file = JSON.parse(text) as VisitFile;
    expect(file.visit.title).toBe("Leipzig delegation to Birmingham");
    // Staff-only content travels too: the gifts' values.
    expect(file.slots.some((s) => s.protocol?.gifts?.some((g) => g.value))).toBe(true);

    session.staffId = editor;
    const { importVisitResponse } = await handlers();
    const copy = await importVisitResponse(post(text));
    expect(copy.status).toBe(201);
    const { visitId } = await copy.json();
    const titles = async (visitId: string) =>
      (await t.prisma.timeSlot.findMany({ where: { visitId }, orderBy: [{ startsAt: "asc" }, { title: "asc" }] })).map((s) => s.title);
    expect(await titles(visitId)).toEqual(await titles(id));
    expect((await titles(visitId)).length).toBe(leipzigVisit().slots!.length);
    const again = JSON.parse(await (await download(visitId)).text());
    expect(again).toEqual(file);
    // A German title keeps its letters, folded to ASCII, in the file's name.
    await t.prisma.visit.update({ where: { id: visitId }, data: { title: "Besuch aus München" } });
    expect((await download(visitId)).headers.get("content-disposition")).toBe(
      'attachment; filename="visit-2025-06-10-besuch-aus-munchen.json"',
    );
  });

  it("answers 401 signed out and 404 for a visit that does not exist", async () => {
    const id = await importVisitFile(leipzigVisit());
    session.staffId = null;
    const res = await download(id);
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("Your session has ended. Sign in again.");
    session.staffId = viewer;
    expect((await download("no-such-visit")).status).toBe(404);
  });
});
