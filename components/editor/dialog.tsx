"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal built on the native <dialog>: the browser traps focus inside, Escape closes it,
 * and focus goes back to the button that opened it.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement as HTMLElement | null;
      d.showModal();
      // The browser focuses the dialog's first focusable box (its scrolling body); the field
      // a form wants first says so with data-autofocus (React's autoFocus runs before the
      // dialog is shown, when nothing in it can take the focus).
      d.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const onNativeClose = () => {
      opener.current?.focus();
      onClose();
    };
    d.addEventListener("close", onNativeClose);
    return () => d.removeEventListener("close", onNativeClose);
  }, [onClose]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`m-auto w-[calc(100%-1rem)] ${wide ? "max-w-2xl" : "max-w-md"} rounded-lg border border-slate-300 bg-white p-0 text-ink shadow-xl backdrop:bg-ink/40`}
    >
      {open && (
        <div className="max-h-[calc(100dvh-2rem)] overflow-y-auto">
          <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3">
            <h2 id={titleId} className="text-lg font-bold leading-snug">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="rounded px-2 py-1 text-sm font-semibold text-slate-600 hover:bg-slate-100"
              aria-label="Close"
            >
              ✕
            </button>
          </div>
          <div className="px-4 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
