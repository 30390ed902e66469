"use client";

import { useRouter } from "next/navigation";
import { deleteVisitAction } from "@/lib/visits/actions";
import { countedParts, DeleteControl } from "./delete-control";

type Counts = { delegates: number; organisations: number; venues: number; slots: number };

/** The settings page's danger zone: delete the whole visit, then back to the list of visits. */
export function VisitDelete({ id, version, title, counts }: { id: string; version: number; title: string; counts: Counts }) {
  const router = useRouter();
  const named = countedParts([
    [counts.delegates, "delegate", "delegates"],
    [counts.organisations, "host organisation", "host organisations"],
    [counts.venues, "venue", "venues"],
    [counts.slots, "slot", "slots"],
  ]);
  const what = named.length ? `${named.join(", ")}, ` : "";
  const question = `Delete “${title}” with ${what}its published versions and its history?`;
  return (
    <DeleteControl
      label={`visit ${title}`}
      question={question}
      action={deleteVisitAction}
      input={{ id, version }}
      onDeleted={() => router.push("/")}
    />
  );
}
