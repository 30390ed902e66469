"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

// What every slot form needs to offer choices (venues, hosts, people) and the visit's zone,
// given once for the whole schedule instead of to each slot.

export type EditorOptions = {
  visitId: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  venues: { id: string; name: string }[];
  organisations: { id: string; name: string; contacts: { id: string; name: string; role: string }[] }[];
  delegates: { id: string; name: string; detail: string }[];
};

type Editor = EditorOptions & { announce: (message: string) => void };

const Ctx = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const e = useContext(Ctx);
  if (!e) throw new Error("useEditor outside <EditorProvider>");
  return e;
}

/** Provides the options, and a status line that says what the last change did. */
export function EditorProvider({ options, children }: { options: EditorOptions; children: ReactNode }) {
  const [message, setMessage] = useState("");
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const announce = useCallback((m: string) => setMessage(m), []);
  return (
    <Ctx.Provider value={{ ...options, announce }}>
      <div data-editor-ready={ready ? "true" : undefined}>
        <p role="status" aria-live="polite" className={message ? "sticky top-2 z-20 mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 shadow-sm" : "sr-only"}>
          {message}
        </p>
        {children}
      </div>
    </Ctx.Provider>
  );
}
