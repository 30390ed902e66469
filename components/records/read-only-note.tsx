/** Shown to viewers instead of edit controls. */
export function ReadOnlyNote() {
  return (
    <p className="mt-2 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
      You can read this page. Editing needs the editor role: ask an admin.
    </p>
  );
}
