import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkRow } from "@/components/delegate/link-row";
import { EmailLinksButton } from "@/components/mail/email-links-button";
import { VisitContactForm } from "@/components/delegate/visit-contact-form";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { delegateLinks, visitContact } from "@/lib/delegate-links/data";
import { latestPublication } from "@/lib/publications/data";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Delegate links" };

type Props = { params: Promise<{ id: string }> };

export default async function LinksPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/links`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const [rows, published, contact] = await Promise.all([delegateLinks(id), latestPublication(id), visitContact(id)]);
  const canEdit = hasRole(staff, "EDITOR");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Links" />
        <div className="mt-4 max-w-3xl space-y-2 text-sm text-slate-700">
          <p>
            Each delegate reads their own published programme on a phone from a private link: no account, in their language, offline after
            the first visit, with a calendar feed. Only a fingerprint of each link is stored, so a link is shown once, when it is issued.
            Re-issuing or revoking stops the old link at once.
          </p>
          {!published && (
            <p role="status" className="rounded-md bg-amber-100 px-3 py-2 text-amber-950">
              Nothing is published yet: links work, but delegates will see “not published yet” until you publish.
            </p>
          )}
          {!canEdit && <p className="rounded-md bg-slate-100 px-3 py-2">You can see which links exist; editors issue and revoke them.</p>}
        </div>
        {rows.length === 0 ? (
          <p className="mt-6">No delegates yet. Add them on the Delegates page first.</p>
        ) : (
          <>
            {canEdit && (
              <div className="mt-4 max-w-3xl rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <p className="mb-2 text-slate-700">
                  E-mail each delegate their current link, what it is for, the visit&apos;s dates and contact, with their itinerary PDF
                  attached, in their language. A delegate without a link gets one; the same link is not e-mailed twice.
                </p>
                <EmailLinksButton visitId={id} delegateId={null} label="E-mail all links" variant="primary" />
              </div>
            )}
            <ul className="mt-6 max-w-3xl space-y-3">
              {rows.map((d) => (
                <LinkRow key={d.id} visitId={id} delegate={d} canEdit={canEdit} />
              ))}
            </ul>
          </>
        )}
        <section
          className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          aria-labelledby="contact-heading"
        >
          <h2 id="contact-heading" className="text-lg font-bold">
            Contact for switched-off links
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            A delegate who opens a revoked or replaced link sees this person, to ask for their current link. A link that was never issued
            shows nothing about the visit.
          </p>
          <div className="mt-3">
            <VisitContactForm visitId={id} values={contact ?? { contactName: "", contactPhone: "", contactEmail: "" }} canEdit={canEdit} />
          </div>
        </section>
      </main>
    </>
  );
}
