"use client";

// Shown when a staff page fails on the server, e.g. while the database is unreachable. Never
// the error's own text: it can name the database host and port.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-5 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Itinera</p>
      <h1 className="mb-3 mt-1 text-2xl font-bold">This page cannot be shown right now</h1>
      <p className="text-slate-700">
        Itinera could not load what this page needs, perhaps because its database is not reachable. Nothing was changed. Try again in a
        minute; if this keeps happening, tell your administrator.
      </p>
      <button type="button" onClick={reset} className="mt-5 self-start rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </main>
  );
}
