"use client";

import { useState } from "react";
import { DownloadButton } from "./download-button";
import { LanguageSelect, type PdfLanguage, withLang } from "./language-select";

/** The programme PDF in English (for the hosts) or German. */
export function ProgrammeButton({ visitId }: { visitId: string }) {
  const [lang, setLang] = useState<PdfLanguage>("en");
  return (
    <span className="inline-flex flex-wrap items-start gap-2">
      <LanguageSelect id="programme-language" label="Programme language" value={lang} onChange={setLang} />
      <DownloadButton href={withLang(`/visits/${visitId}/programme.pdf`, lang === "en" ? "" : lang)} variant="primary">
        Programme PDF
      </DownloadButton>
    </span>
  );
}
