import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { findConflicts, hasBlocking } from "@/lib/schedule/conflicts";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

/** The draft's conflicts as JSON, for signed-in staff. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireStaff("VIEWER");
    const { id } = await params;
    const it = await loadItinerary(id);
    if (!it) throw new AppError("NOT_FOUND", "No visit with this id.");
    const warnings = findConflicts(it);
    return NextResponse.json({ visitId: id, blocking: hasBlocking(warnings), count: warnings.length, warnings });
  } catch (e) {
    if (e instanceof AppError && e.code in STATUS) {
      return NextResponse.json({ error: e.code, message: e.message }, { status: STATUS[e.code as keyof typeof STATUS] });
    }
    throw e;
  }
}
