import type { RunEntry, RunSheet } from "@/lib/protocol/run-sheet";

// The day's run-sheet for staff: minute by minute, slots and transport legs, with the lines an
// escort needs (greeting, interpreter, gifts, press, dress code), people in order of precedence
// and the numbers to call.

export function RunSheetView({ sheet }: { sheet: RunSheet }) {
  return (
    <div>
      {sheet.entries.length === 0 && <p className="mt-4 text-slate-600">Nothing planned on this day.</p>}
      <ol className="mt-4 space-y-3" aria-label="Run-sheet" data-testid="run-sheet">
        {sheet.entries.map((e) => (
          <EntryCard key={`${e.kind}-${e.id}`} e={e} zone={sheet.zone} />
        ))}
      </ol>
      {sheet.phones.length > 0 && (
        <section aria-labelledby="phones" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="phones" className="font-bold">
            Contact phones
          </h2>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {sheet.phones.map((p) => (
              <li key={p.name + p.phone} className="text-sm">
                {p.name} <span className="text-slate-600">({p.role})</span>:{" "}
                {p.tel ? (
                  <a className="font-semibold text-accent underline" href={p.tel}>
                    {p.phone}
                  </a>
                ) : (
                  p.phone
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function EntryCard({ e, zone, badge }: { e: RunEntry; zone: string; badge?: string }) {
  return (
    <li
      className={`rounded-lg border bg-white p-3 shadow-sm sm:p-4 ${e.kind === "leg" ? "border-dashed border-slate-300" : "border-slate-200"}`}
      data-testid={`run-${e.kind}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className="font-mono text-base font-bold tabular-nums">
          {e.start}–{e.end}
        </span>
        <span className="text-xs text-slate-500">{zone}</span>
        {badge && <span className="rounded bg-accent px-2 py-0.5 text-xs font-semibold text-white">{badge}</span>}
      </div>
      <h3 className="mt-1 font-semibold">{e.title}</h3>
      {e.place && <p className="text-sm text-slate-700">{e.place}</p>}
      {e.lines.length > 0 && (
        <dl className="mt-2 grid grid-cols-1 gap-x-3 text-sm sm:grid-cols-[auto_1fr] sm:gap-y-1">
          {e.lines.map(([label, text], i) => (
            <div key={i} className="contents">
              <dt className="font-semibold text-slate-600">{label}</dt>
              <dd className="min-w-0 whitespace-pre-line break-words">{text}</dd>
            </div>
          ))}
        </dl>
      )}
      {(e.delegates.length > 0 || e.hosts.length > 0) && (
        <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
          {e.delegates.length > 0 && <People title="Delegation (in precedence)" people={e.delegates} />}
          {e.hosts.length > 0 && <People title="Hosts (in precedence)" people={e.hosts} />}
        </div>
      )}
      {e.phones.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          {e.phones.map((p) =>
            p.tel ? (
              <a
                key={p.name + p.phone}
                href={p.tel}
                className="rounded-full border border-accent px-3 py-1 font-semibold text-accent"
                aria-label={`Call ${p.name} (${p.role}) on ${p.phone}`}
              >
                Call {p.name}
              </a>
            ) : null,
          )}
        </p>
      )}
    </li>
  );
}

function People({ title, people }: { title: string; people: RunEntry["delegates"] }) {
  return (
    <div>
      <p className="font-semibold text-slate-600">{title}</p>
      <ol className="list-decimal pl-5" data-testid="run-people">
        {people.map((p) => (
          <li key={p.name}>
            {p.name}
            {p.addressAs !== p.name && <span className="text-slate-600"> — “{p.addressAs}”</span>}
            {p.detail && <span className="text-slate-600">, {p.detail}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
