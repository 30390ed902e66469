// "Changed" marks for a delegate. The server keeps, per delegate, the fingerprint of each slot
// as last shown to them and when a change was first shown. A change stays marked for
// MARK_HOURS after the delegate first saw it, so a reload, a second look the same morning
// or the offline copy does not lose the mark the moment it appears.

import { keyBeforeRoutes } from "@/lib/schedule/delegate-changes";

export const MARK_HOURS = 24;

/** What a slot was called and when it started, to name it once it has gone. */
export type SlotLabel = { title: string; startsAt: string };
export type RemovedSlot = SlotLabel & { id: string; at: string };

export type SeenState = {
  v: 1;
  slots: Record<string, string>;
  changedAt: Record<string, string>;
  /** Labels of the slots shown (older states lack them: their removals cannot be named). */
  about?: Record<string, SlotLabel>;
  /** Slots that left the delegate's programme, marked like changes for MARK_HOURS. */
  removed?: Record<string, RemovedSlot>;
  /** The publication the delegate last reported seeing (older states lack it). */
  pub?: string;
  /** Per marked slot, the publication it changed from, kept as long as the mark (for "before → after"). */
  changedFrom?: Record<string, string>;
  /** `slots` holds her transfers too ("leg:" ids); a state without them marks no transfer as changed. */
  legs?: true;
  /** `slots` keys carry the routes of her legs (after "~"); a state without them is compared without. */
  routes?: true;
};

export function parseSeen(raw: unknown): SeenState | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Partial<SeenState>;
  if (r.v === 1 && r.slots && typeof r.slots === "object") {
    return {
      v: 1,
      slots: { ...r.slots },
      changedAt: { ...(r.changedAt ?? {}) },
      about: r.about ? { ...r.about } : undefined,
      removed: { ...(r.removed ?? {}) },
      pub: typeof r.pub === "string" ? r.pub : undefined,
      changedFrom: { ...(r.changedFrom ?? {}) },
      legs: r.legs === true ? true : undefined,
      routes: r.routes === true ? true : undefined,
    };
  }
  // A bare { slotId: fingerprint } map (the column's original shape) is read as such.
  if (Object.values(raw).every((x) => typeof x === "string")) return { v: 1, slots: { ...(raw as Record<string, string>) }, changedAt: {} };
  return null;
}

/**
 * Compares what the delegate sees now (publication `pub`) with what they saw before. Returns
 * the slots to mark, the slots that are gone (named, earliest first), the state to store, and
 * whether it differs from the stored one (no write when it does not). The first view ever
 * marks nothing: everything is new, so nothing is "changed". A marked slot remembers the
 * publication it changed from (the one last seen), when the stored state names it.
 */
export function updateSeen(raw: unknown, current: Record<string, string>, now: Date, about: Record<string, SlotLabel> = {}, pub?: string) {
  const prev = parseSeen(raw);
  const cutoff = now.getTime() - MARK_HOURS * 3_600_000;
  const changedAt: Record<string, string> = {};
  const changedFrom: Record<string, string> = {};
  const removed: Record<string, RemovedSlot> = {};
  if (prev) {
    for (const [id, key] of Object.entries(current)) {
      // A state stored before routes were told: a route alone is not news (the keys lack it).
      const fp = prev.routes ? key : keyBeforeRoutes(key);
      const before = prev.changedAt[id];
      // Transfers first stored now (a state from before they were kept) are not news.
      if (!prev.legs && id.startsWith("leg:")) continue;
      if (prev.slots[id] !== fp) {
        changedAt[id] = now.toISOString();
        // A slot new to the programme has no "before"; one whose mark came from an older view keeps none.
        if (prev.pub && id in prev.slots) changedFrom[id] = prev.pub;
      } else if (before && Date.parse(before) > cutoff) {
        changedAt[id] = before;
        const from = prev.changedFrom?.[id];
        if (from) changedFrom[id] = from;
      }
    }
    for (const id of Object.keys(prev.slots)) {
      if (!prev.legs && id.startsWith("leg:")) continue;
      const label = prev.about?.[id];
      if (!(id in current) && label) removed[id] = { id, ...label, at: now.toISOString() };
    }
    for (const [id, r] of Object.entries(prev.removed ?? {})) {
      if (!(id in current) && !removed[id] && Date.parse(r.at) > cutoff) removed[id] = r;
    }
  }
  const next: SeenState = { v: 1, slots: current, changedAt, about, removed, pub, changedFrom, legs: true, routes: true };
  const dirty =
    !prev?.about ||
    !prev.legs ||
    !prev.routes ||
    prev.pub !== pub ||
    JSON.stringify(sorted(prev.changedFrom ?? {})) !== JSON.stringify(sorted(changedFrom)) ||
    JSON.stringify(sorted(prev.slots)) !== JSON.stringify(sorted(current)) ||
    JSON.stringify(sorted(prev.changedAt)) !== JSON.stringify(sorted(changedAt)) ||
    Object.keys(prev.removed ?? {})
      .sort()
      .join() !== Object.keys(removed).sort().join();
  const gone = Object.values(removed).sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  return { changed: new Set(Object.keys(changedAt)), changedFrom, removed: gone, next, dirty };
}

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
