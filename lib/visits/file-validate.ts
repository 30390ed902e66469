import type { z } from "zod";
import { visitDates } from "@/lib/schedule/days";
import { visitFileSchema, type VisitFile } from "./file-schema";

export type Problem = { path: string; message: string };
export type Validation = { ok: true; file: VisitFile } | { ok: false; problems: Problem[] };

/** "slots[3].end" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

const NOT_AN_OBJECT = 'the file must hold one JSON object, like { "format": "itinera.visit", … }';

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((i) =>
    i.path.length === 0 ? { path: "(file)", message: i.code === "invalid_type" ? NOT_AN_OBJECT : i.message } : { path: formatPath(i.path), message: i.message },
  );
}

const TYPE_WORDS: Record<string, string> = { string: "text", number: "a number", boolean: "true or false", object: "an object {…}", array: "a list […]", null: "null" };
const typeWord = (t: string) => TYPE_WORDS[t] ?? t;
const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Words for the issues the schema leaves to zod: a missing field, or a value of the wrong type. */
const fileErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code !== "invalid_type") return undefined;
  if (iss.input === undefined) return `missing: add ${typeWord(iss.expected)}`;
  return `use ${typeWord(iss.expected)} here, not ${typeWord(typeOf(iss.input))}`;
};

/** Checks shape, then every cross-reference and rule; returns every problem, not the first. */
export function validateVisitFile(json: unknown): Validation {
  const parsed = visitFileSchema.safeParse(json, { error: fileErrorMap });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const file = parsed.data;
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (file.visit.lastDay < file.visit.firstDay) add("visit.lastDay", "before firstDay: swap the two dates");
  else if (visitDates(file.visit.firstDay, file.visit.lastDay).length > 60) {
    add("visit.lastDay", "a visit may last at most 60 days");
  }

  const venueKeys = uniqueKeys(file.venues, "venues", add);
  file.venues.forEach((v, i) => {
    if ((v.latitude === null) !== (v.longitude === null)) {
      add(`venues[${i}].${v.latitude === null ? "latitude" : "longitude"}`, "give both latitude and longitude, or neither");
    }
  });
  const orgKeys = uniqueKeys(file.organisations, "organisations", add);
  const personKeys = new Set<string>();
  file.organisations.forEach((o, i) =>
    o.contacts.forEach((c, j) => claim(personKeys, c.key, `organisations[${i}].contacts[${j}].key`, add)),
  );
  file.delegates.forEach((d, i) => {
    claim(personKeys, d.key, `delegates[${i}].key`, add);
    if (d.arrival && d.departure && Date.parse(d.departure) <= Date.parse(d.arrival)) {
      add(`delegates[${i}].departure`, "before arrival: check both times");
    }
  });

  const pairs = new Set<string>();
  file.travelOverrides.forEach((t, i) => {
    if (!venueKeys.has(t.from)) add(`travelOverrides[${i}].from`, `no venue "${t.from}"`);
    if (!venueKeys.has(t.to)) add(`travelOverrides[${i}].to`, `no venue "${t.to}"`);
    if (t.from === t.to) add(`travelOverrides[${i}].to`, "same venue as from: a travel time needs two different venues");
    const pair = `${t.from} -> ${t.to}`;
    if (pairs.has(pair)) add(`travelOverrides[${i}]`, `a travel time from "${t.from}" to "${t.to}" is already given: keep one`);
    pairs.add(pair);
  });

  file.slots.forEach((s, i) => {
    if (Date.parse(s.end) < Date.parse(s.start)) add(`slots[${i}].end`, "before start: a slot must end after it starts");
    else if (Date.parse(s.end) === Date.parse(s.start)) add(`slots[${i}].end`, "same as start: give the slot a length");
    if (s.venue !== null && !venueKeys.has(s.venue)) add(`slots[${i}].venue`, `no venue "${s.venue}"`);
    if (s.host !== null && !orgKeys.has(s.host)) add(`slots[${i}].host`, `no organisation "${s.host}"`);
    const seen = new Set<string>();
    s.attendees.forEach((a, j) => {
      if (!personKeys.has(a.person)) add(`slots[${i}].attendees[${j}].person`, `no delegate or contact "${a.person}"`);
      else if (seen.has(a.person)) add(`slots[${i}].attendees[${j}].person`, `"${a.person}" is listed twice: remove one`);
      seen.add(a.person);
    });
  });

  return problems.length ? { ok: false, problems } : { ok: true, file };
}

function uniqueKeys(items: { key: string }[], list: string, add: (p: string, m: string) => void): Set<string> {
  const keys = new Set<string>();
  items.forEach((item, i) => claim(keys, item.key, `${list}[${i}].key`, add));
  return keys;
}

function claim(keys: Set<string>, key: string, path: string, add: (p: string, m: string) => void) {
  if (keys.has(key)) add(path, `key "${key}" is used twice: give each record its own key`);
  keys.add(key);
}
