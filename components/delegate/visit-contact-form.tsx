"use client";

import { useState } from "react";
import { Field, FormResult, SubmitButton, fieldProps, inputClass, useAction } from "@/components/ui/form";
import { setVisitContactAction } from "@/lib/delegate-links/actions";

type Contact = { contactName: string; contactPhone: string; contactEmail: string };

/** Whom a delegate should call or write to when their link has been revoked or replaced. */
export function VisitContactForm({ visitId, values, canEdit }: { visitId: string; values: Contact; canEdit: boolean }) {
  const [saved, setSaved] = useState(false);
  const save = useAction(setVisitContactAction, () => setSaved(true));
  const errors = save.fieldErrors;
  if (!canEdit) {
    const shown = [values.contactName, values.contactPhone, values.contactEmail].filter(Boolean).join(" · ");
    return <p className="text-sm">{shown || "Not set: a switched-off link names whoever last published the visit."}</p>;
  }
  return (
    <form
      className="grid gap-3 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const f = new FormData(e.currentTarget);
        void save.run({
          visitId,
          contactName: String(f.get("contactName")),
          contactPhone: String(f.get("contactPhone")),
          contactEmail: String(f.get("contactEmail")),
        });
      }}
    >
      <Field label="Name" name="contactName" error={errors.contactName}>
        <input {...fieldProps("contactName", errors)} defaultValue={values.contactName} autoComplete="off" className={inputClass} />
      </Field>
      <Field label="Phone" name="contactPhone" error={errors.contactPhone}>
        <input
          {...fieldProps("contactPhone", errors)}
          type="tel"
          defaultValue={values.contactPhone}
          autoComplete="off"
          className={`${inputClass} whitespace-nowrap`}
        />
      </Field>
      <Field label="E-mail" name="contactEmail" error={errors.contactEmail}>
        <input
          {...fieldProps("contactEmail", errors)}
          type="email"
          defaultValue={values.contactEmail}
          autoComplete="off"
          className={inputClass}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
        <SubmitButton pending={save.pending}>Save contact</SubmitButton>
        {saved && save.result?.ok && (
          <p role="status" className="text-sm text-emerald-800">
            Saved.
          </p>
        )}
      </div>
      <div className="sm:col-span-3">
        <FormResult result={save.result && !save.result.ok ? save.result : null} />
      </div>
    </form>
  );
}
