"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { DeleteLegButton, LegForm, type LegFormValues, type LegOptions } from "./leg-form";

export type LegRow = { values: LegFormValues & { id: string; version: number }; title: string; lines: string[]; clash: string[] };

/** The visit's transport legs by pick-up time, each with its clashes; editors edit in place. */
export function LegList({
  visitId,
  legs,
  options,
  canEdit,
  empty,
}: {
  visitId: string;
  legs: LegRow[];
  options: LegOptions;
  canEdit: boolean;
  empty: LegFormValues;
}) {
  return (
    <div className="space-y-3">
      {legs.length === 0 && <p className="text-slate-600">No transport legs yet.</p>}
      <ul className="space-y-3" aria-label="Transport legs">
        {legs.map((l) => (
          <LegItem key={l.values.id} visitId={visitId} leg={l} options={options} canEdit={canEdit} />
        ))}
      </ul>
      {canEdit && (
        <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <summary className="cursor-pointer font-semibold">Add a transport leg</summary>
          <div className="mt-3">
            <LegForm visitId={visitId} initial={empty} options={options} />
          </div>
        </details>
      )}
    </div>
  );
}

function LegItem({ visitId, leg, options, canEdit }: { visitId: string; leg: LegRow; options: LegOptions; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <li id={`leg-${leg.values.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="leg">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{leg.title}</h3>
          {leg.lines.map((line) => (
            <p key={line} className="text-sm text-slate-700">
              {line}
            </p>
          ))}
          {leg.clash.map((c) => (
            <p key={c} className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="leg-clash">
              Clash: {c}
            </p>
          ))}
        </div>
        {canEdit && !editing && (
          <div className="flex gap-1">
            <button type="button" className={buttonClass("secondary")} onClick={() => setEditing(true)} aria-label={`Edit ${leg.title}`}>
              Edit
            </button>
            <DeleteLegButton visitId={visitId} id={leg.values.id} version={leg.values.version} label={leg.title} />
          </div>
        )}
      </div>
      {editing && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <LegForm visitId={visitId} initial={leg.values} options={options} onDone={() => setEditing(false)} />
        </div>
      )}
    </li>
  );
}
