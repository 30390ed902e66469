import { AppError } from "@/lib/errors";

// Optimistic locking: every editable record has a `version` column. A save names the version
// it was based on; the update only matches that version and raises it by one. Zero rows
// matched means someone else saved first: the save is refused with their current values.

export type Versioned = { id: string; version: number };

/**
 * Runs `update` (which must filter on `{ id, version }` and increment `version`, returning the
 * count of rows changed) and, when it changed nothing, throws STALE with `current` attached.
 */
export async function saveIfUnchanged(
  expectedVersion: number,
  update: (where: { version: number }) => Promise<{ count: number }>,
  loadCurrent: () => Promise<unknown | null>,
): Promise<void> {
  const { count } = await update({ version: expectedVersion });
  if (count === 1) return;
  const current = await loadCurrent();
  if (!current) throw new AppError("NOT_FOUND");
  throw new AppError("STALE", undefined, { current });
}
