"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/form";
import { useEditor } from "@/components/editor/editor-context";
import type { SlotProtocolInput } from "@/lib/protocol/schema";
import { DRESS_CODES, GIFT_DIRECTIONS } from "@/lib/schedule/protocol-types";
import en from "@/lib/i18n/messages/en.json";

// The protocol part of the slot form: dress code, interpreting, press, seating, talking points
// and gifts. Kept in its own component (the slot form only includes it); its state travels in
// one hidden "protocol" field as JSON, read by readProtocolField() and checked by the slot schema.

const W = en.protocol;
type Gift = NonNullable<SlotProtocolInput["gifts"]>[number];
const NEW_GIFT: Gift = { direction: "GIVEN", giver: "", item: "", recipient: "", value: "", currency: "GBP", notes: "" };
const EMPTY: SlotProtocolInput = {
  dressCode: "NONE",
  dressCodeNotes: "",
  interpreting: { languages: "", contactId: "", name: "" },
  press: false,
  pressNotes: "",
  seatingNotes: "",
  talkingPoints: "",
  gifts: [],
};
type NoteKey = "dressCodeNotes" | "pressNotes" | "seatingNotes" | "talkingPoints";

export function SlotProtocolFields({ initial, errors }: { initial?: SlotProtocolInput; errors: Record<string, string[]> }) {
  const editor = useEditor();
  const [p, setP] = useState<SlotProtocolInput>(() => ({ ...EMPTY, ...initial }));
  const set = <K extends keyof SlotProtocolInput>(k: K, v: SlotProtocolInput[K]) => setP((x) => ({ ...x, [k]: v }));
  const interp = p.interpreting ?? { languages: "", contactId: "", name: "" };
  const gifts = p.gifts ?? [];
  const setGift = (i: number, g: Partial<Gift>) =>
    set(
      "gifts",
      gifts.map((x, j) => (j === i ? { ...x, ...g } : x)),
    );
  const err = (k: string) => errors[`protocol.${k}`];
  const has = Object.keys(errors).some((k) => k.startsWith("protocol."));
  // Open when there is something to see: an error, or anything set.
  const opened = has || (initial !== undefined && JSON.stringify(initial) !== JSON.stringify({ ...initial, ...EMPTY }));

  const control = (k: string) => ({
    id: `protocol-${k}`,
    "aria-invalid": err(k)?.length ? true : undefined,
    "aria-describedby": `protocol-${k}-msg`,
  });
  const msg = (k: string, hint?: string) =>
    err(k)?.length ? (
      <p id={`protocol-${k}-msg`} className="mt-1 text-sm text-red-700">
        {err(k)!.join(" ")}
      </p>
    ) : hint ? (
      <p id={`protocol-${k}-msg`} className="mt-1 text-xs text-slate-600">
        {hint}
      </p>
    ) : null;
  const label = (k: string, text: string) => (
    <label htmlFor={`protocol-${k}`} className="block text-sm font-semibold">
      {text}
    </label>
  );
  /** A free-text field of the protocol: a line, or a box of `rows` lines. */
  const note = (k: NoteKey, text: string, o: { rows?: number; hint?: string; wide?: boolean } = {}) => {
    const props = {
      ...control(k),
      value: p[k] ?? "",
      onChange: (e: { target: { value: string } }) => set(k, e.target.value),
      className: inputClass,
    };
    return (
      <div className={o.wide ? "sm:col-span-2" : undefined}>
        {label(k, text)}
        {o.rows ? <textarea {...props} rows={o.rows} /> : <input {...props} />}
        {msg(k, o.hint)}
      </div>
    );
  };

  return (
    <details open={opened || undefined} className="rounded-md border border-slate-200 p-3" data-testid="slot-protocol">
      <summary className="cursor-pointer font-semibold">Protocol: dress code, interpreting, press, gifts</summary>
      <input type="hidden" name="protocol" value={JSON.stringify(p)} />
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          {label("dressCode", W.dressCodeLabel)}
          <select
            {...control("dressCode")}
            value={p.dressCode}
            onChange={(e) => set("dressCode", e.target.value as SlotProtocolInput["dressCode"])}
            className={inputClass}
          >
            {DRESS_CODES.map((d) => (
              <option key={d} value={d}>
                {W.dressCode[d]}
              </option>
            ))}
          </select>
        </div>
        {note("dressCodeNotes", "Dress code notes", { hint: "Shown to delegates with the dress code." })}
        <div>
          {label("interpreting.languages", "Interpreting: languages")}
          <input
            {...control("interpreting.languages")}
            value={interp.languages}
            placeholder="German ↔ English"
            onChange={(e) => set("interpreting", { ...interp, languages: e.target.value })}
            className={inputClass}
          />
          {msg("interpreting.languages")}
        </div>
        <div>
          {label("interpreting.contactId", W.interpreter)}
          <select
            {...control("interpreting.contactId")}
            value={interp.contactId ?? ""}
            onChange={(e) => set("interpreting", { ...interp, contactId: e.target.value })}
            className={inputClass}
          >
            <option value="">Outside interpreter (name below) or none</option>
            {editor.organisations.flatMap((o) =>
              o.contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({o.name})
                </option>
              )),
            )}
          </select>
          {msg("interpreting.contactId")}
        </div>
        {!interp.contactId && (
          <div>
            {label("interpreting.name", "Outside interpreter's name")}
            <input
              {...control("interpreting.name")}
              value={interp.name}
              onChange={(e) => set("interpreting", { ...interp, name: e.target.value })}
              className={inputClass}
            />
            {msg("interpreting.name")}
          </div>
        )}
        <div className="flex items-center gap-2 self-end">
          <input
            id="protocol-press"
            type="checkbox"
            checked={!!p.press}
            onChange={(e) => set("press", e.target.checked)}
            className="size-4"
          />
          <label htmlFor="protocol-press" className="text-sm font-semibold">
            {W.pressYes}
          </label>
        </div>
        {note("pressNotes", "Press and photo notes", { wide: true })}
        {note("seatingNotes", "Seating notes (staff only)", { rows: 2 })}
        {note("talkingPoints", "Talking points for the host (staff only)", {
          rows: 2,
          hint: "One point per line; printed in the host's briefing note.",
        })}
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold">{W.gifts}</legend>
        {gifts.length === 0 && <p className="text-sm text-slate-600">No gifts at this slot.</p>}
        <ol className="space-y-3">
          {gifts.map((g, i) => (
            <li key={i} className="grid gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-3" aria-label={`Gift ${i + 1}`}>
              <div>
                {label(`gifts.${i}.direction`, "Given or received")}
                <select
                  {...control(`gifts.${i}.direction`)}
                  value={g.direction}
                  onChange={(e) => setGift(i, { direction: e.target.value as Gift["direction"] })}
                  className={inputClass}
                >
                  {GIFT_DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {W.direction[d]}
                    </option>
                  ))}
                </select>
              </div>
              {(["giver", "item", "recipient"] as const).map((k) => (
                <div key={k}>
                  {label(`gifts.${i}.${k}`, { giver: "Giver", item: "Gift", recipient: "Recipient" }[k])}
                  <input
                    {...control(`gifts.${i}.${k}`)}
                    value={g[k]}
                    onChange={(e) => setGift(i, { [k]: e.target.value })}
                    className={inputClass}
                  />
                  {msg(`gifts.${i}.${k}`)}
                </div>
              ))}
              <div>
                {label(`gifts.${i}.value`, "Estimated value (staff only)")}
                <div className="flex gap-1">
                  <input
                    {...control(`gifts.${i}.value`)}
                    inputMode="decimal"
                    value={g.value ?? ""}
                    onChange={(e) => setGift(i, { value: e.target.value })}
                    className={inputClass}
                  />
                  <label htmlFor={`protocol-gifts.${i}.currency`} className="sr-only">
                    Currency
                  </label>
                  <input
                    id={`protocol-gifts.${i}.currency`}
                    value={g.currency ?? "GBP"}
                    maxLength={3}
                    onChange={(e) => setGift(i, { currency: e.target.value.toUpperCase() })}
                    className={`${inputClass} w-20`}
                  />
                </div>
                {msg(`gifts.${i}.value`)}
                {msg(`gifts.${i}.currency`)}
              </div>
              <div className="flex items-end">
                <button
                  type="button"
                  className="text-sm font-semibold text-red-700 underline"
                  onClick={() =>
                    set(
                      "gifts",
                      gifts.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove gift {i + 1}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="mt-2 text-sm font-semibold text-accent underline"
          onClick={() => set("gifts", [...gifts, NEW_GIFT])}
        >
          Add a gift
        </button>
      </fieldset>
    </details>
  );
}
