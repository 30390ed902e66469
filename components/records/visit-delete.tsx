"use client";

import { useRouter } from "next/navigation";
import { deleteVisitAction } from "@/lib/visits/actions";
import { DeleteControl } from "./delete-control";

/** The settings page's danger zone: delete the whole visit, then back to the list of visits. */
export function VisitDelete({ id, version, title, question }: { id: string; version: number; title: string; question: string }) {
  const router = useRouter();
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
