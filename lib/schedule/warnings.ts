// Conflicts are data, not exceptions: staff review the list before they publish. Only a
// double-booked room blocks publishing; everything else is a warning a person may accept.

export const WARNING_TYPES = [
  "venue-double-booked",
  "person-double-booked",
  "travel-time",
  "travel-unknown",
  "outside-opening-hours",
  "outside-stay",
  "outside-visit-days",
  "interpreter-double-booked",
  "late-car",
] as const;
export type WarningType = (typeof WARNING_TYPES)[number];

export type Severity = "blocking" | "warning";

export type Warning = {
  type: WarningType;
  severity: Severity;
  /** The slots involved, earliest first. */
  slotIds: string[];
  /** Delegates and host contacts involved (empty for a venue-only problem). */
  personIds: string[];
  venueId: string | null;
  message: string;
  /** The transport leg involved (a late car, a pick-up before the delegate arrives). */
  legId?: string;
};

export const SEVERITY: Record<WarningType, Severity> = {
  "venue-double-booked": "blocking",
  "person-double-booked": "warning",
  "travel-time": "warning",
  "travel-unknown": "warning",
  "outside-opening-hours": "warning",
  "outside-stay": "warning",
  "outside-visit-days": "warning",
  "interpreter-double-booked": "warning",
  "late-car": "warning",
};

export function warning(type: WarningType, fields: Omit<Warning, "type" | "severity">): Warning {
  return { type, severity: SEVERITY[type], ...fields };
}

export function hasBlocking(warnings: readonly Warning[]): boolean {
  return warnings.some((w) => w.severity === "blocking");
}

/** Each slot's warnings, for badges beside the slot; a slot without warnings is absent. */
export function warningsBySlot(warnings: readonly Warning[]): Map<string, Warning[]> {
  const bySlot = new Map<string, Warning[]>();
  for (const w of warnings) {
    for (const id of w.slotIds) {
      const list = bySlot.get(id);
      if (list) list.push(w);
      else bySlot.set(id, [w]);
    }
  }
  return bySlot;
}

/**
 * A warning as a check finds it, with the time-order positions of its first and second slot
 * (-1 for none), so that the list can be sorted without looking slots up again.
 */
export type Found = { w: Warning; first: number; second: number };

/**
 * The clashes of a transport leg alone, with no slot to badge (a pick-up before a delegate
 * lands, an airport run after she leaves), of the legs given, in the order found.
 */
export function legOnlyWarnings(warnings: readonly Warning[], legIds: Iterable<string>): Warning[] {
  const ids = new Set(legIds);
  return warnings.filter((w) => w.legId !== undefined && w.slotIds.length === 0 && ids.has(w.legId));
}
