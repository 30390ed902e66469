import { recordAudit } from "@/lib/audit/mutations";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type LogoUpload, logoProblem } from "./schema";

// Writes for a visit's logo. The bytes live in the database beside the visit (a logo is a
// few kB; the app keeps no files of its own), audited without the bytes.

export async function setVisitLogo({ visitId, type, data }: LogoUpload, actorId: string | null) {
  const bytes = new Uint8Array(Buffer.from(data, "base64"));
  const problem = logoProblem(bytes, type);
  if (problem) throw new AppError("INVALID_INPUT", problem, { fieldErrors: { logo: [problem] } });
  await db().$transaction(async (tx: Tx) => {
    const before = await visitOf(tx, visitId);
    await tx.visit.update({ where: { id: visitId }, data: { logo: bytes, logoType: type } });
    await recordAudit(tx, {
      visitId,
      actorId,
      action: before.logoType ? "replace-logo" : "add-logo",
      entity: "visit",
      entityId: visitId,
      before: { logo: before.logoType },
      after: { logo: type, bytes: bytes.length },
    });
  });
  return { type, bytes: bytes.length };
}

export async function removeVisitLogo(visitId: string, actorId: string | null) {
  await db().$transaction(async (tx: Tx) => {
    const before = await visitOf(tx, visitId);
    await tx.visit.update({ where: { id: visitId }, data: { logo: null, logoType: null } });
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "remove-logo",
      entity: "visit",
      entityId: visitId,
      before: { logo: before.logoType },
      after: { logo: null },
    });
  });
}

async function visitOf(tx: Tx, id: string) {
  const v = await tx.visit.findUnique({ where: { id }, select: { logoType: true } });
  if (!v) throw new AppError("NOT_FOUND", "This visit no longer exists. Go back to the list of visits.");
  return v;
}
