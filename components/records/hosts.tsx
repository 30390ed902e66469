"use client";

import {
  createContactAction,
  createOrganisationAction,
  deleteContactAction,
  deleteOrganisationAction,
  updateContactAction,
  updateOrganisationAction,
} from "@/lib/hosts/actions";
import { contactCreateSchema, contactUpdateSchema, organisationCreateSchema, organisationUpdateSchema } from "@/lib/hosts/schema";
import type { OrganisationRow } from "@/lib/hosts/data";
import { ContactLine } from "./contact-line";
import { DeleteControl, withConsequences } from "./delete-control";
import { EditableItem } from "./editable-item";
import { RecordForm, type FieldSpec, type Values } from "./record-form";
import { EMPTY_PERSON_PROTOCOL, PERSON_PROTOCOL_FIELDS, PersonProtocolSummary } from "@/components/protocol/person-fields";
import { PhotoControl } from "@/components/protocol/photo-control";

const ORG_FIELDS: FieldSpec[] = [
  { name: "name", label: "Organisation name" },
  { name: "website", label: "Website", type: "url", hint: "Like https://example.org (optional)" },
  { name: "notes", label: "Notes (staff only)", type: "textarea" },
  {
    name: "precedence",
    label: "Order of precedence",
    type: "number",
    hint: "Lower comes first in every list and PDF; equal numbers go by name",
  },
];

const CONTACT_FIELDS: FieldSpec[] = [
  { name: "name", label: "Contact name" },
  { name: "role", label: "Role", hint: "For example: Head of International Relations" },
  { name: "email", label: "E-mail", type: "email" },
  { name: "phone", label: "Phone", type: "tel" },
  { name: "precedence", label: "Order of precedence", type: "number", hint: "Within the organisation: lower comes first" },
  ...PERSON_PROTOCOL_FIELDS,
];

type Contact = OrganisationRow["contacts"][number];

export function HostsEditor({ visitId, rows, canEdit }: { visitId: string; rows: OrganisationRow[]; canEdit: boolean }) {
  return (
    <div className="mt-4 space-y-4">
      {rows.length === 0 && <p className="text-slate-600">No host organisations yet.</p>}
      <ul className="space-y-3" aria-label="Host organisations">
        {rows.map((o) => {
          const attendances = o.contacts.reduce((n, c) => n + c.attendances, 0);
          const question = `Delete ${withConsequences(o.name, [
            [o.contacts.length, "contact", "contacts"],
            [attendances, "slot attendance of its contacts", "slot attendances of its contacts"],
          ])}?${o.hostedSlots ? ` ${o.hostedSlots} ${o.hostedSlots === 1 ? "slot" : "slots"} will show no host.` : ""}`;
          return (
            <li key={o.id}>
              <EditableItem
                label={o.name}
                canEdit={canEdit}
                summary={<OrganisationSummary o={o} />}
                actions={
                  <DeleteControl
                    label={o.name}
                    question={question}
                    action={deleteOrganisationAction}
                    input={{ visitId, id: o.id, version: o.version }}
                  />
                }
                form={(close) => (
                  <RecordForm
                    idPrefix={`org-${o.id}`}
                    fields={ORG_FIELDS}
                    values={o as unknown as Values}
                    hidden={{ visitId, id: o.id, version: o.version }}
                    schema={organisationUpdateSchema}
                    action={updateOrganisationAction}
                    submitLabel="Save organisation"
                    success={() => `Saved ${o.name}.`}
                    onSaved={close}
                    onCancel={close}
                  />
                )}
              />
              <div className="ml-3 mt-2 space-y-2 border-l-2 border-slate-200 pl-3 sm:ml-6 sm:pl-4">
                {o.contacts.length === 0 && <p className="text-sm text-slate-600">No contacts at {o.name} yet.</p>}
                <ul className="space-y-2" aria-label={`Contacts at ${o.name}`}>
                  {o.contacts.map((c) => (
                    <li key={c.id}>
                      <EditableItem
                        label={c.name}
                        canEdit={canEdit}
                        summary={
                          <div className="flex gap-3">
                            <PhotoControl visitId={visitId} kind="contact" person={c} canEdit={canEdit} />
                            <ContactSummary c={c} />
                          </div>
                        }
                        actions={
                          <DeleteControl
                            label={c.name}
                            question={`Delete ${withConsequences(c.name, [[c.attendances, "slot attendance", "slot attendances"]])}?`}
                            action={deleteContactAction}
                            input={{ visitId, id: c.id, version: c.version }}
                          />
                        }
                        form={(close) => (
                          <RecordForm
                            idPrefix={`contact-${c.id}`}
                            fields={CONTACT_FIELDS}
                            values={c as unknown as Values}
                            hidden={{ visitId, id: c.id, version: c.version }}
                            schema={contactUpdateSchema}
                            action={updateContactAction}
                            submitLabel="Save contact"
                            success={() => `Saved ${c.name}.`}
                            onSaved={close}
                            onCancel={close}
                          />
                        )}
                      />
                    </li>
                  ))}
                </ul>
                {canEdit && (
                  <details className="rounded-lg border border-dashed border-slate-300 bg-white/60 p-3">
                    <summary className="cursor-pointer text-sm font-semibold text-accent">Add a contact at {o.name}</summary>
                    <div className="mt-3">
                      <RecordForm
                        idPrefix={`contact-new-${o.id}`}
                        fields={CONTACT_FIELDS}
                        values={{ name: "", role: "", email: "", phone: "", precedence: 0, ...EMPTY_PERSON_PROTOCOL }}
                        hidden={{ visitId, organisationId: o.id }}
                        schema={contactCreateSchema}
                        action={createContactAction}
                        submitLabel="Add contact"
                        success={(_d, input) => `Added ${String(input.name)}.`}
                      />
                    </div>
                  </details>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <section aria-labelledby="new-org" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="new-org" className="text-lg font-bold">
            Add a host organisation
          </h2>
          <div className="mt-3">
            <RecordForm
              idPrefix="org-new"
              fields={ORG_FIELDS}
              values={{ name: "", website: "", notes: "", precedence: 0 }}
              hidden={{ visitId }}
              schema={organisationCreateSchema}
              action={createOrganisationAction}
              submitLabel="Add organisation"
              success={(_d, input) => `Added ${String(input.name)}. Add its contacts below it.`}
            />
          </div>
        </section>
      )}
    </div>
  );
}

function OrganisationSummary({ o }: { o: OrganisationRow }) {
  return (
    <div>
      <h3 className="font-semibold">{o.name}</h3>
      {o.website && (
        <a href={o.website} className="break-all text-sm text-accent underline" rel="noreferrer" target="_blank">
          {o.website}
        </a>
      )}
      {o.notes && <p className="text-sm text-slate-600">{o.notes}</p>}
      <p className="text-xs text-slate-500">
        {o.contacts.length} {o.contacts.length === 1 ? "contact" : "contacts"} · hosts {o.hostedSlots}{" "}
        {o.hostedSlots === 1 ? "slot" : "slots"}
      </p>
    </div>
  );
}

function ContactSummary({ c }: { c: Contact }) {
  return (
    <div>
      <h4 className="font-semibold">{c.name}</h4>
      {c.role && <p className="text-sm text-slate-700">{c.role}</p>}
      <ContactLine email={c.email} phone={c.phone} />
      <PersonProtocolSummary person={c} />
      <p className="text-xs text-slate-500">
        {c.attendances} slot {c.attendances === 1 ? "attendance" : "attendances"}
      </p>
    </div>
  );
}
