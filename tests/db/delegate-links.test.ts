import { describe, expect, it, beforeAll } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { currentLinkToken, delegateLinkUrl, findDelegateByToken, hashToken } from "@/lib/delegate-links/tokens";
import { deriveToken } from "@/lib/delegate-links/token-format";
import { issueLink, revokeLink, setVisitContact } from "@/lib/delegate-links/mutations";
import { visitContactSchema } from "@/lib/delegate-links/schema";
import { revokedLinkContact } from "@/lib/delegate-view/data";
import { delegateLinks } from "@/lib/delegate-links/data";
import { importVisitFile } from "@/tests/factories/records";

const t = useTestDatabase();
let visitId: string;
let blumId: string;
let noltingId: string;

beforeAll(async () => {
  visitId = await importVisitFile(leipzigVisit());
  const ds = await t.prisma.delegate.findMany({ where: { visitId } });
  blumId = ds.find((d) => d.name === "Manuela Blum")!.id;
  noltingId = ds.find((d) => d.name === "Antje Nolting")!.id;
});

describe("private delegate links", () => {
  it("issues a token of at least 128 bits that opens exactly this delegate", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(await findDelegateByToken(token)).toEqual({ delegateId: blumId, visitId });
  });

  it("stores only the SHA-256 hash, never the token", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const row = await t.prisma.delegate.findUniqueOrThrow({ where: { id: blumId } });
    expect(row.linkTokenHash).toBe(hashToken(token));
    expect(row.linkTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify(await t.prisma.delegate.findMany()) + JSON.stringify(await t.prisma.auditEntry.findMany());
    expect(everything).not.toContain(token);
  });

  it("re-issuing invalidates the old link", async () => {
    const first = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const second = await issueLink({ visitId, delegateId: blumId, actorId: null });
    expect(second.token).not.toBe(first.token);
    expect(await findDelegateByToken(first.token)).toBeNull();
    expect(await findDelegateByToken(second.token)).toEqual({ delegateId: blumId, visitId });
  });

  it("revoking makes the link fail and shows no link on the staff list; the change is audited", async () => {
    const { token } = await issueLink({ visitId, delegateId: noltingId, actorId: null });
    expect((await delegateLinks(visitId)).find((d) => d.id === noltingId)?.linkIssuedAt).not.toBeNull();
    await revokeLink({ visitId, delegateId: noltingId, actorId: null });
    expect(await findDelegateByToken(token)).toBeNull();
    expect((await delegateLinks(visitId)).find((d) => d.id === noltingId)?.linkIssuedAt).toBeNull();
    const actions = (await t.prisma.auditEntry.findMany({ where: { entityId: noltingId }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["issue-link", "revoke-link"]);
  });

  it("refuses to revoke a link that does not exist, and a delegate of another visit", async () => {
    await expect(revokeLink({ visitId, delegateId: noltingId, actorId: null })).rejects.toThrow(/no active link/);
    await expect(issueLink({ visitId: "other-visit", delegateId: blumId, actorId: null })).rejects.toThrow(/no longer exists/);
  });

  it("rejects malformed and unknown tokens without a match", async () => {
    expect(await findDelegateByToken("")).toBeNull();
    expect(await findDelegateByToken("../../etc/passwd")).toBeNull();
    expect(await findDelegateByToken("A".repeat(43))).toBeNull();
  });

  it("remembers a revoked or replaced link (by hash) so it can name the visit's contact; a never-issued token names nobody", async () => {
    const first = await issueLink({ visitId, delegateId: blumId, actorId: null });
    await issueLink({ visitId, delegateId: blumId, actorId: null });
    // No contact set and never published: nobody to name.
    expect(await revokedLinkContact(first.token)).toBeNull();
    await setVisitContact({
      visitId,
      contactName: "Jo Organiser",
      contactPhone: "+44 121 303 2000",
      contactEmail: "jo@example.org",
      actorId: null,
    });
    expect(await revokedLinkContact(first.token)).toEqual({ name: "Jo Organiser", phone: "+44 121 303 2000", email: "jo@example.org" });
    expect(await revokedLinkContact("A".repeat(43))).toBeNull();
    expect(JSON.stringify(await t.prisma.revokedLink.findMany())).not.toContain(first.token);
    const audit = await t.prisma.auditEntry.findFirstOrThrow({ where: { entityId: visitId, action: "set-contact" } });
    expect(audit.after).toMatchObject({ contactName: "Jo Organiser" });
  });

  it("refuses a contact phone with letters and an e-mail that is not one", () => {
    const r = visitContactSchema.safeParse({ visitId, contactName: "Jo", contactPhone: "call me", contactEmail: "jo@" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["contactEmail", "contactPhone"]);
    expect(visitContactSchema.safeParse({ visitId, contactName: "", contactPhone: "", contactEmail: "" }).success).toBe(true);
  });

  it("derives the current link again without re-issuing it: same token, same page", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const row = await t.prisma.delegate.findUniqueOrThrow({ where: { id: blumId } });
    expect(currentLinkToken(row)).toBe(token);
    const url = await delegateLinkUrl(blumId, "http://itinera.test");
    expect(url).toBe(`http://itinera.test/d/${token}`);
    expect(await findDelegateByToken(url!.split("/d/")[1])).toEqual({ delegateId: blumId, visitId });
  });

  it("derives nothing after a revoke, and a re-issue leaves the old token dead", async () => {
    const first = await issueLink({ visitId, delegateId: noltingId, actorId: null });
    await revokeLink({ visitId, delegateId: noltingId, actorId: null });
    const revoked = await t.prisma.delegate.findUniqueOrThrow({ where: { id: noltingId } });
    expect(revoked.linkSecret).toBeNull();
    expect(currentLinkToken(revoked)).toBeNull();
    expect(await delegateLinkUrl(noltingId)).toBeNull();
    const second = await issueLink({ visitId, delegateId: noltingId, actorId: null });
    expect(currentLinkToken(await t.prisma.delegate.findUniqueOrThrow({ where: { id: noltingId } }))).toBe(second.token);
    expect(await findDelegateByToken(first.token)).toBeNull();
  });

  it("a leaked database row gives no working link without the server's key", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const row = await t.prisma.delegate.findUniqueOrThrow({ where: { id: blumId } });
    expect(deriveToken(blumId, row.linkSecret!, "a-guessed-key")).not.toBe(token);
    // Derived under another key, the token would not open the page: no dead QR code is printed.
    expect(currentLinkToken(row, "another-servers-key")).toBeNull();
  });
});
