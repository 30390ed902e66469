// "Changed" marks for a delegate. The server keeps, per delegate, the fingerprint of each slot
// as last shown to them and when a change was first shown. A change stays marked for
// MARK_HOURS after the delegate first saw it, so a reload, a second look the same morning
// or the offline copy does not lose the mark the moment it appears.

export const MARK_HOURS = 24;

export type SeenState = { v: 1; slots: Record<string, string>; changedAt: Record<string, string> };

export function parseSeen(raw: unknown): SeenState | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Partial<SeenState>;
  if (r.v === 1 && r.slots && typeof r.slots === "object") return { v: 1, slots: { ...r.slots }, changedAt: { ...(r.changedAt ?? {}) } };
  // A bare { slotId: fingerprint } map (the column's original shape) is read as such.
  if (Object.values(raw).every((x) => typeof x === "string")) return { v: 1, slots: { ...(raw as Record<string, string>) }, changedAt: {} };
  return null;
}

/**
 * Compares what the delegate sees now with what they saw before. Returns the slots to mark,
 * the state to store, and whether it differs from the stored one (no write when it does not).
 * The first view ever marks nothing: everything is new, so nothing is "changed".
 */
export function updateSeen(raw: unknown, current: Record<string, string>, now: Date) {
  const prev = parseSeen(raw);
  const cutoff = now.getTime() - MARK_HOURS * 3_600_000;
  const changedAt: Record<string, string> = {};
  if (prev) {
    for (const [id, fp] of Object.entries(current)) {
      const before = prev.changedAt[id];
      if (prev.slots[id] !== fp) changedAt[id] = now.toISOString();
      else if (before && Date.parse(before) > cutoff) changedAt[id] = before;
    }
  }
  const next: SeenState = { v: 1, slots: current, changedAt };
  const dirty = !prev || JSON.stringify(sorted(prev.slots)) !== JSON.stringify(sorted(current)) || JSON.stringify(sorted(prev.changedAt)) !== JSON.stringify(sorted(changedAt));
  return { changed: new Set(Object.keys(changedAt)), next, dirty };
}

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
