import type { z } from "zod";
import { LIMITS } from "@/lib/limits";
import { visitDates } from "@/lib/schedule/days";
import { visitFileSchema, type VisitFile } from "./file-schema";

export type Problem = { path: string; message: string };
export type Validation = { ok: true; file: VisitFile } | { ok: false; problems: Problem[] };

/** "slots[3].end" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

const NOT_AN_OBJECT = 'the file must hold one JSON object, like { "format": "itinera.visit", … }';

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((i) =>
    i.path.length === 0
      ? { path: "(file)", message: i.code === "invalid_type" ? NOT_AN_OBJECT : i.message }
      : { path: formatPath(i.path), message: i.message },
  );
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "an object {…}",
  array: "a list […]",
  null: "null",
};
const typeWord = (t: string) => TYPE_WORDS[t] ?? t;
const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Words for the issues the schema leaves to zod: a missing field, or a value of the wrong type. */
const fileErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code !== "invalid_type") return undefined;
  if (iss.input === undefined) return `missing: add ${typeWord(iss.expected)}`;
  // JSON.parse reads 1e400 as Infinity: a number, just not one anything can store.
  if (typeof iss.input === "number" && !Number.isFinite(iss.input))
    return "this number is too large to use: write an ordinary number, like 4.5";
  return `use ${typeWord(iss.expected)} here, not ${typeWord(typeOf(iss.input))}`;
};

type Lists = Pick<VisitFile, "venues" | "organisations" | "delegates" | "travelOverrides" | "slots" | "legs">;
/** A file as far as it could be read: a record whose own fields are wrong is null. */
type ReadableFile = { visit: VisitFile["visit"] | null } & { [K in keyof Lists]: (Lists[K][number] | null)[] };
type Add = (path: string, message: string) => void;

/**
 * Checks shape, then every cross-reference and rule, and returns every problem, not the
 * first. A file with shape problems still has its references checked, record by record, so
 * one pass over the file shows everything to fix.
 */
export function validateVisitFile(json: unknown): Validation {
  const parsed = visitFileSchema.safeParse(json, { error: fileErrorMap });
  if (parsed.success) {
    const problems = ruleProblems(parsed.data, parsed.data);
    return problems.length ? { ok: false, problems } : { ok: true, file: parsed.data };
  }
  const problems = zodProblems(parsed.error);
  const readable = readRecords(json);
  return { ok: false, problems: readable ? [...problems, ...ruleProblems(readable, json as RawFile)] : problems };
}

type RawFile = Record<string, unknown>;
const isRecord = (x: unknown): x is RawFile => typeof x === "object" && x !== null && !Array.isArray(x);

function readRecords(json: unknown): ReadableFile | null {
  if (!isRecord(json)) return null;
  const shape = visitFileSchema.shape;
  const each = <T>(schema: z.ZodType<T>, raw: unknown): (T | null)[] =>
    Array.isArray(raw) ? raw.map((x) => schema.safeParse(x).data ?? null) : [];
  return {
    visit: shape.visit.safeParse(json.visit).data ?? null,
    venues: each(shape.venues.unwrap().element, json.venues),
    organisations: each(shape.organisations.unwrap().element, json.organisations),
    delegates: each(shape.delegates.unwrap().element, json.delegates),
    travelOverrides: each(shape.travelOverrides.unwrap().element, json.travelOverrides),
    slots: each(shape.slots.unwrap().element, json.slots),
    legs: each(shape.legs.unwrap().element, json.legs),
  };
}

/** The keys a list declares, read from the raw records so that a broken record's key still counts. */
function rawKeys(raw: unknown): (string | null)[] {
  return Array.isArray(raw) ? raw.map((r) => (isRecord(r) && typeof r.key === "string" ? r.key : null)) : [];
}

function ruleProblems(file: ReadableFile, raw: RawFile | VisitFile): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, message) => problems.push({ path, message });
  const { visit } = file;

  if (visit && visit.lastDay < visit.firstDay) add("visit.lastDay", "before firstDay: swap the two dates");
  else if (visit && visitDates(visit.firstDay, visit.lastDay).length > LIMITS.visitMaxDays)
    add("visit.lastDay", `a visit may last at most ${LIMITS.visitMaxDays} days`);

  const venueKeys = uniqueKeys(rawKeys(raw.venues), "venues", add);
  file.venues.forEach((v, i) => {
    if (v && (v.latitude === null) !== (v.longitude === null)) {
      add(`venues[${i}].${v.latitude === null ? "latitude" : "longitude"}`, "give both latitude and longitude, or neither");
    }
  });
  const orgKeys = uniqueKeys(rawKeys(raw.organisations), "organisations", add);
  const personKeys = new Set<string>();
  (Array.isArray(raw.organisations) ? raw.organisations : []).forEach((o: unknown, i) =>
    rawKeys(isRecord(o) ? o.contacts : []).forEach((k, j) => claim(personKeys, k, `organisations[${i}].contacts[${j}].key`, add)),
  );
  rawKeys(raw.delegates).forEach((k, i) => claim(personKeys, k, `delegates[${i}].key`, add));
  file.delegates.forEach((d, i) => {
    if (d?.arrival && d.departure && Date.parse(d.departure) <= Date.parse(d.arrival)) {
      add(`delegates[${i}].departure`, "before arrival: check both times");
    }
  });

  const pairs = new Set<string>();
  file.travelOverrides.forEach((t, i) => {
    if (!t) return;
    if (!venueKeys.has(t.from)) add(`travelOverrides[${i}].from`, `no venue "${t.from}"`);
    if (!venueKeys.has(t.to)) add(`travelOverrides[${i}].to`, `no venue "${t.to}"`);
    if (t.from === t.to) add(`travelOverrides[${i}].to`, "same venue as from: a travel time needs two different venues");
    const pair = `${t.from} -> ${t.to}`;
    if (pairs.has(pair)) add(`travelOverrides[${i}]`, `a travel time from "${t.from}" to "${t.to}" is already given: keep one`);
    pairs.add(pair);
  });

  const contactKeys = new Set<string>();
  (Array.isArray(raw.organisations) ? raw.organisations : []).forEach((o: unknown) =>
    rawKeys(isRecord(o) ? o.contacts : []).forEach((k) => k && contactKeys.add(k)),
  );
  const slotKeys = new Set<string>();
  rawKeys(raw.slots).forEach((k, i) => {
    if (k === null) return;
    if (venueKeys.has(k) || orgKeys.has(k) || personKeys.has(k))
      add(`slots[${i}].key`, `key "${k}" is already used by a venue, organisation or person: give the slot its own key`);
    else claim(slotKeys, k, `slots[${i}].key`, add);
  });
  file.slots.forEach((s, i) => {
    const interpreter = s?.protocol.interpreting.interpreter;
    if (interpreter && !contactKeys.has(interpreter))
      add(
        `slots[${i}].protocol.interpreting.interpreter`,
        `no host contact "${interpreter}": an interpreter from the hosts is one of their contacts (or give interpreterName instead)`,
      );
  });
  protocolLegProblems(file, slotKeys, personKeys, add);

  file.slots.forEach((s, i) => {
    if (!s) return;
    if (Date.parse(s.end) < Date.parse(s.start)) add(`slots[${i}].end`, "before start: a slot must end after it starts");
    else if (Date.parse(s.end) === Date.parse(s.start)) add(`slots[${i}].end`, "same as start: give the slot a length");
    else if (Date.parse(s.end) - Date.parse(s.start) > LIMITS.slotMaxHours * 3_600_000) {
      add(`slots[${i}].end`, `more than ${LIMITS.slotMaxHours} hours after start: a slot lasts at most a day, split longer ones`);
    }
    if (s.venue !== null && !venueKeys.has(s.venue)) add(`slots[${i}].venue`, `no venue "${s.venue}"`);
    if (s.host !== null && !orgKeys.has(s.host)) add(`slots[${i}].host`, `no organisation "${s.host}"`);
    const seen = new Set<string>();
    s.attendees.forEach((a, j) => {
      if (!personKeys.has(a.person)) add(`slots[${i}].attendees[${j}].person`, `no delegate or contact "${a.person}"`);
      else if (seen.has(a.person)) add(`slots[${i}].attendees[${j}].person`, `"${a.person}" is listed twice: remove one`);
      seen.add(a.person);
    });
  });
  return problems;
}

function uniqueKeys(keys: (string | null)[], list: string, add: Add): Set<string> {
  const seen = new Set<string>();
  keys.forEach((key, i) => claim(seen, key, `${list}[${i}].key`, add));
  return seen;
}

function claim(keys: Set<string>, key: string | null, path: string, add: Add) {
  if (key === null) return;
  if (keys.has(key)) add(path, `key "${key}" is used twice: give each record its own key`);
  keys.add(key);
}

function protocolLegProblems(file: ReadableFile, slotKeys: Set<string>, personKeys: Set<string>, add: Add) {
  file.legs.forEach((l, i) => {
    if (!l) return;
    for (const side of ["from", "to"] as const) {
      const e = l[side];
      if (e.kind === "SLOT" && e.slot === null)
        add(`legs[${i}].${side}.slot`, `missing: give the key of the slot the leg ${side === "from" ? "leaves from" : "goes to"}`);
      else if (e.kind === "SLOT" && e.slot !== null && !slotKeys.has(e.slot))
        add(`legs[${i}].${side}.slot`, `no slot with key "${e.slot}": add "key": "${e.slot}" to that slot`);
      else if (e.kind !== "SLOT" && e.slot !== null) add(`legs[${i}].${side}.slot`, `a slot is only given with "kind": "SLOT"`);
    }
    if (Date.parse(l.arrive) <= Date.parse(l.pickUp)) add(`legs[${i}].arrive`, "not after pickUp: a leg arrives after it leaves");
    const seen = new Set<string>();
    l.passengers.forEach((k, j) => {
      if (!personKeys.has(k)) add(`legs[${i}].passengers[${j}]`, `no delegate or contact "${k}"`);
      else if (seen.has(k)) add(`legs[${i}].passengers[${j}]`, `"${k}" is listed twice: remove one`);
      seen.add(k);
    });
  });
}
