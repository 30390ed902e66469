import type { Warning } from "@/lib/schedule/conflicts";

/** The clashes of one slot, blocking ones first, each with what would fix it. */
export function SlotWarnings({ warnings }: { warnings: Warning[] }) {
  if (!warnings.length) return null;
  const sorted = [...warnings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "blocking" ? -1 : 1));
  return (
    <ul className="mt-2 space-y-1" aria-label="Clashes">
      {sorted.map((w, i) => {
        const blocking = w.severity === "blocking";
        return (
          <li
            key={i}
            data-testid="slot-warning"
            data-type={w.type}
            className={`flex gap-2 rounded border-l-4 px-2 py-1.5 text-sm ${blocking ? "border-red-700 bg-red-50 text-red-900" : "border-amber-500 bg-amber-50 text-amber-950"}`}
          >
            <span
              className={`mt-px h-fit shrink-0 rounded px-1.5 py-px text-[11px] font-bold uppercase tracking-wide ${blocking ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}
            >
              {blocking ? "Blocks publishing" : "To review"}
            </span>
            <span>{w.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
