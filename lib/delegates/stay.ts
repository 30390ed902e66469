import { SANE_YEARS, inSaneYears } from "@/lib/limits";
import { localInput, localToInstant } from "@/lib/schedule/time";

export { localInput };

// Arrival and departure are typed as local times in the visit's zone. A time in the
// spring-forward gap does not exist and is refused; departure must come after arrival.

export type Stay = { arrivalAt: Date | null; departureAt: Date | null; checkInAt?: Date | null; checkOutAt?: Date | null };
export type StayResult = { ok: true; stay: Stay } | { ok: false; fieldErrors: Record<string, string[]> };

function toInstant(local: string, timeZone: string): Date | null | string {
  if (local === "") return null;
  if (!inSaneYears(local)) return `${SANE_YEARS}, like 2025-06-10 12:40`;
  const [date, time] = local.split(" ");
  const r = localToInstant(date, time, timeZone);
  if (r.ok) return r.instant;
  return r.reason === "nonexistent"
    ? `${local} does not exist in ${timeZone} (the clocks go forward that night): choose a time after the change`
    : "use a time like 2025-06-10 12:40";
}

export function stayInstants(
  input: { arrival: string; departure: string; checkIn?: string; checkOut?: string },
  timeZone: string,
): StayResult {
  const fieldErrors: Record<string, string[]> = {};
  const arrivalAt = toInstant(input.arrival, timeZone);
  const departureAt = toInstant(input.departure, timeZone);
  if (typeof arrivalAt === "string") fieldErrors.arrival = [arrivalAt];
  if (typeof departureAt === "string") fieldErrors.departure = [departureAt];
  if (arrivalAt instanceof Date && departureAt instanceof Date && departureAt <= arrivalAt) {
    fieldErrors.departure = ["departure must be after arrival"];
  }
  // The hotel stay (protocol): check-out after check-in.
  const checkInAt = toInstant(input.checkIn ?? "", timeZone);
  const checkOutAt = toInstant(input.checkOut ?? "", timeZone);
  if (typeof checkInAt === "string") fieldErrors.checkIn = [checkInAt];
  if (typeof checkOutAt === "string") fieldErrors.checkOut = [checkOutAt];
  if (checkInAt instanceof Date && checkOutAt instanceof Date && checkOutAt <= checkInAt) {
    fieldErrors.checkOut = ["check-out must be after check-in"];
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return {
    ok: true,
    stay: {
      arrivalAt: arrivalAt as Date | null,
      departureAt: departureAt as Date | null,
      checkInAt: checkInAt as Date | null,
      checkOutAt: checkOutAt as Date | null,
    },
  };
}
