"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { SlotDialog, type SlotDialogRequest } from "./slot-dialog";
import { Toast, type ToastState } from "./toast";

// What every slot form needs to offer choices (venues, hosts, people) and the visit's zone,
// given once for the whole schedule instead of to each slot; the one slot dialog, opened on
// demand; and the toast that says what the last change did, with its Undo.

export type EditorOptions = {
  visitId: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  venues: { id: string; name: string }[];
  organisations: { id: string; name: string; contacts: { id: string; name: string; role: string }[] }[];
  delegates: { id: string; name: string; detail: string }[];
};

type Editor = EditorOptions & {
  /** Says what a change did; with audit entry ids, the toast offers to undo it. */
  announce: (message: string, undo?: string[], error?: boolean) => void;
  /** Opens the slot dialog (its data is read from the server when it opens). */
  open: (request: SlotDialogRequest) => void;
};

const Ctx = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const e = useContext(Ctx);
  if (!e) throw new Error("useEditor outside <EditorProvider>");
  return e;
}

/** The editor when the viewer may edit (viewers see the schedule without one). */
export function useMaybeEditor(): Editor | null {
  return useContext(Ctx);
}

/** Provides the options, the slot dialog and the toast. */
export function EditorProvider({ options, children }: { options: EditorOptions; children: ReactNode }) {
  const [toast, setToast] = useState<ToastState | null>(null);
  const [request, setRequest] = useState<SlotDialogRequest | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const announce = useCallback(
    (message: string, undo?: string[], error?: boolean) => setToast({ message, undo, error, key: Date.now() }),
    [],
  );
  const open = useCallback((r: SlotDialogRequest) => setRequest(r), []);
  const close = useCallback(() => setRequest(null), []);
  return (
    <Ctx.Provider value={{ ...options, announce, open }}>
      <div data-editor-ready={ready ? "true" : undefined}>
        <Toast toast={toast} onDismiss={() => setToast(null)} onChange={setToast} />
        {children}
        <SlotDialog request={request} onClose={close} />
      </div>
    </Ctx.Provider>
  );
}
