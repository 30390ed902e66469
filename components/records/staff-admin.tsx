"use client";

import { useState } from "react";
import { changeRoleAction, inviteStaffAction, reissueInviteAction, setDisabledAction } from "@/lib/staff/actions";
import { inviteSchema, STAFF_ROLES } from "@/lib/staff/schema";
import type { StaffRow } from "@/lib/staff/data";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormResult, inputClass, useAction } from "@/components/ui/form";
import { RecordForm, type FieldSpec } from "./record-form";

const ROLE_LABEL = { VIEWER: "Viewer (reads)", EDITOR: "Editor (edits and publishes)", ADMIN: "Admin (also manages staff)" } as const;

const INVITE_FIELDS: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "email", label: "E-mail", type: "email" },
  { name: "role", label: "Role", type: "select", options: STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] })) },
];

/** The set-password link to copy; shown once, because only its hash is kept. */
function InviteLink({ token, who }: { token: string; who: string }) {
  const url = `${window.location.origin}/invite/${token}`;
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="font-semibold">This one-time link was also e-mailed to {who}. It works for 7 days and is shown only now.</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          readOnly
          value={url}
          aria-label="Set-password link"
          className={`${inputClass} mt-0 font-mono`}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="invite-link"
        />
        <Button type="button" variant="secondary" onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </div>
  );
}

export function StaffAdmin({ rows, selfId }: { rows: StaffRow[]; selfId: string }) {
  const [invite, setInvite] = useState<{ token: string; who: string } | null>(null);
  return (
    <div className="mt-4 space-y-6">
      <section aria-labelledby="invite" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="invite" className="text-lg font-bold">
          Invite a staff member
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          This creates the account and e-mails them a one-time link where they choose their password (at least 12 characters). The link is
          also shown here once, to copy.
        </p>
        <div className="mt-3">
          <RecordForm
            idPrefix="invite"
            fields={INVITE_FIELDS}
            values={{ name: "", email: "", role: "EDITOR" }}
            hidden={{}}
            schema={inviteSchema}
            action={inviteStaffAction}
            submitLabel="Invite"
            success={(_d, input) => `Invited ${String(input.name)}.`}
            onSaved={(d: { token: string }) => setInvite({ token: d.token, who: "them" })}
          />
        </div>
        {invite && (
          <div className="mt-3">
            <InviteLink token={invite.token} who={invite.who} />
          </div>
        )}
      </section>
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="text-lg font-bold">
          Accounts ({rows.length})
        </h2>
        <ul className="mt-3 space-y-3" aria-label="Staff accounts">
          {rows.map((u) => (
            <StaffItem key={u.id} u={u} self={u.id === selfId} onLink={(token) => setInvite({ token, who: u.name })} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function StaffItem({ u, self, onLink }: { u: StaffRow; self: boolean; onLink: (token: string) => void }) {
  const role = useAction(changeRoleAction);
  const disable = useAction(setDisabledAction);
  const reinvite = useAction(reissueInviteAction, (d) => onLink(d.token));
  const id = `role-${u.id}`;
  const last = [role.result, disable.result, reinvite.result].find((r) => r && !r.ok) ?? null;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold">
            {u.name} {self && <Badge tone="accent">you</Badge>} {u.disabled && <Badge tone="danger">disabled</Badge>}{" "}
            {u.invitePending && <Badge tone="warn">invited</Badge>}
          </h3>
          <p className="break-all text-sm text-slate-600">{u.email}</p>
        </div>
        {self ? (
          <p className="max-w-xs text-sm text-slate-600">
            {ROLE_LABEL[u.role]}. You cannot change your own role or disable yourself: another admin can.
          </p>
        ) : (
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor={id} className="block text-xs font-semibold">
                Role of {u.name}
              </label>
              <select
                id={id}
                defaultValue={u.role}
                disabled={role.pending}
                className={`${inputClass} mt-0`}
                onChange={(e) => role.run({ id: u.id, role: e.target.value as StaffRow["role"] })}
              >
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </div>
            <Button
              type="button"
              variant={u.disabled ? "secondary" : "danger"}
              disabled={disable.pending}
              aria-busy={disable.pending}
              onClick={() => disable.run({ id: u.id, disabled: !u.disabled })}
            >
              {u.disabled ? "Enable" : "Disable"}
            </Button>
            <Button type="button" variant="secondary" disabled={reinvite.pending} onClick={() => reinvite.run({ id: u.id })}>
              New set-password link
            </Button>
          </div>
        )}
      </div>
      {role.result?.ok && (
        <p role="status" className="mt-2 text-sm text-emerald-800">
          Role changed to {role.result.data.role.toLowerCase()}.
        </p>
      )}
      {disable.result?.ok && (
        <p role="status" className="mt-2 text-sm text-emerald-800">
          {disable.result.data.disabled ? "Disabled: their session has stopped working." : "Enabled."}
        </p>
      )}
      {last && (
        <div className="mt-2">
          <FormResult result={last} />
        </div>
      )}
    </li>
  );
}
