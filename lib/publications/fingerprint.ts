import { createHash } from "node:crypto";
import { slotChangeText } from "@/lib/schedule/changes";
import type { Itinerary } from "@/lib/schedule/types";

/**
 * A short key for the exact draft staff reviewed. Publish sends it back, and the server
 * refuses when the draft has changed since the review page was drawn.
 */
export function draftKey(draft: Itinerary): string {
  return createHash("sha256").update(JSON.stringify(draft)).digest("base64url").slice(0, 22);
}

/** The draft is the published version again (sequence numbers aside: they exist only once published). */
export function sameContent(published: Itinerary, draft: Itinerary): boolean {
  const plain = (it: Itinerary) =>
    canonical({ ...it, slots: it.slots.map((s) => ({ ...s, sequence: 0 })), legs: it.legs?.map((l) => ({ ...l, sequence: undefined })) });
  return plain(published) === plain(draft);
}

/** JSON with object keys sorted: the stored snapshot (jsonb) keeps no key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/**
 * Each slot's change key (slot id -> key): equal keys mean the publish review's diff finds
 * nothing changed in the slot; the same for each transport leg, and one key for everything
 * else delegates see (the visit, delegates and their hotels, venues, hosts). Stored with each
 * publication, so that the Schedule tab counts unpublished changes from the draft and a few
 * kilobytes instead of the whole snapshot (decision 066). 96 bits of SHA-256: a collision is
 * not a practical concern. `format` names how the keys are made: keys stored in another
 * format are not compared (the diff is used).
 */
export const SLOT_KEYS_FORMAT = 2;
export type SlotKeys = { format: number; slots: Record<string, string>; legs: Record<string, string>; rest: string };

const key = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 16);

export function slotKeys(it: Itinerary): SlotKeys {
  const slots: Record<string, string> = {};
  for (const s of it.slots) slots[s.id] = key(slotChangeText(s));
  const legs: Record<string, string> = {};
  for (const l of it.legs ?? []) legs[l.id] = key(canonical({ ...l, sequence: undefined }));
  return { format: SLOT_KEYS_FORMAT, slots, legs, rest: restKey(it) };
}

/** The key of what delegates see outside the slots and legs (a publication keeps it as the draft has it). */
export function restKey(it: Itinerary): string {
  return key(canonical({ ...it, slots: undefined, legs: undefined }));
}
