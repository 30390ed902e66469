import { validateVisitFile } from "@/lib/visits/file-validate";
import { importVisit } from "@/lib/visits/import";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import { visitFile } from "./visit-file";

/** A small visit in the database (tests/factories/visit-file.ts visitFile), returning its id. */
export async function createVisitRecord(over: Partial<VisitFileInput> = {}): Promise<string> {
  return importVisitFile(visitFile(over));
}

/** Validates a visit file (a factory's, e.g. leipzigVisit()) and imports it; returns the visit's id. */
export async function importVisitFile(file: VisitFileInput): Promise<string> {
  const v = validateVisitFile(file);
  if (!v.ok) throw new Error(`invalid test visit: ${JSON.stringify(v.problems)}`);
  return importVisit(v.file);
}

/** The form's empty delegate, with overrides: what a user submits. */
export function delegateInput(over: Record<string, string> = {}) {
  return {
    name: "Manuela Blum",
    honorific: "Ms",
    position: "Head of International Affairs",
    organisation: "City of Leipzig",
    email: "m.blum@example.de",
    phone: "",
    language: "de" as const,
    homeTimeZone: "Europe/Berlin",
    arrival: "",
    departure: "",
    dietaryNeeds: "",
    accessNeeds: "",
    notes: "",
    ...over,
  };
}
