"use client";

// The language a PDF is made in: "" (itineraries only) keeps each delegate's own.
export type PdfLanguage = "" | "en" | "de";

export function LanguageSelect({
  id,
  value,
  onChange,
  own = false,
  label,
}: {
  id: string;
  value: PdfLanguage;
  onChange: (v: PdfLanguage) => void;
  own?: boolean;
  label: string;
}) {
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as PdfLanguage)}
        className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
      >
        {own && <option value="">Delegate&apos;s language</option>}
        <option value="en">English</option>
        <option value="de">German</option>
      </select>
    </>
  );
}

export const withLang = (href: string, lang: PdfLanguage) => (lang ? `${href}?lang=${lang}` : href);
