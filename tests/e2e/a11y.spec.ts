import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { signIn } from "./helpers";

// Every page a person reaches, at a desktop width and a phone's 390 px, against the seeded
// (published) Leipzig visit: axe finds no violation, and at 390 px nothing scrolls sideways.

const LEIPZIG = "Leipzig delegation to Birmingham";

async function leipzigId() {
  const db = await e2eDb();
  return (await db.visit.findFirstOrThrow({ where: { title: LEIPZIG } })).id;
}

async function delegateToken() {
  const db = await e2eDb();
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  const d = await db.delegate.findFirstOrThrow({ where: { email: "manuela.blum@example.de", visit: { title: LEIPZIG } } });
  return (await issueLink({ visitId: d.visitId, delegateId: d.id, actorId: null })).token;
}

/**
 * A check that fails for a reason owned by another branch, skipped with the owner named so
 * the lead can enable it after merging: { axe?: why, scroll?: why } (scroll = 390 px only).
 */
type Pending = { axe?: string; scroll?: string };
type Target = { name: string; signedIn: boolean; path: () => Promise<string>; status?: number; pending?: Pending };
const visitPage = (name: string, tail: string, pending?: Pending): Target => ({
  name,
  signedIn: true,
  path: async () => `/visits/${await leipzigId()}${tail}`,
  pending,
});

const PAGES: Target[] = [
  { name: "sign-in", signedIn: false, path: async () => "/signin" },
  { name: "visits list", signedIn: true, path: async () => "/" },
  { name: "new visit", signedIn: true, path: async () => "/visits/new" },
  { name: "staff admin", signedIn: true, path: async () => "/staff" },
  visitPage("Schedule tab (timeline)", "?day=2025-06-11"),
  visitPage("Schedule tab (list)", "?day=2025-06-11&view=list"),
  visitPage("Clashes tab", "/clashes"),
  visitPage("Delegates tab", "/delegates"),
  visitPage("Hosts tab", "/hosts"),
  visitPage("Venues tab", "/venues"),
  visitPage("Links tab", "/links"),
  visitPage("Publish tab", "/publish"),
  visitPage("Outbox tab", "/outbox"),
  visitPage("Protocol tab", "/protocol"),
  visitPage("Gifts register", "/gifts"),
  visitPage("Run-sheet", "/run-sheet?day=2025-06-12"),
  visitPage("Today (staff phone view)", "/today"),
  visitPage("History tab", "/history"),
  visitPage("Settings tab", "/settings"),
  { name: "page not found", signedIn: true, path: async () => "/visits/no-such-visit", status: 404 },
  { name: "delegate page", signedIn: false, path: async () => `/d/${await delegateToken()}?lang=en` },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 900 } });
    for (const target of PAGES) {
      test(`${target.name}: no axe violations${width === 390 ? ", no sideways scroll" : ""}`, async ({ page }) => {
        test.setTimeout(120_000); // axe on the long Leipzig pages is slow on two shared cores
        if (target.signedIn) await signIn(page);
        const res = await page.goto(await target.path());
        expect(res?.status()).toBe(target.status ?? 200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const { axe, scroll } = target.pending ?? {};
        if (!axe) expect(await violations(page)).toEqual([]);
        if (width === 390 && !scroll) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        test.skip(Boolean(axe || (width === 390 && scroll)), axe ?? scroll);
      });
    }
  });
}
