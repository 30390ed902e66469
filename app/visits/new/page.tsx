import type { Metadata } from "next";
import Link from "next/link";
import { NewVisitForm } from "@/components/records/visit-form";
import { VisitFileImport } from "@/components/records/visit-file-import";
import { StaffHeader } from "@/components/staff/staff-header";
import { requireStaffPage } from "@/lib/auth/guards";
import { timeZoneOptions } from "@/lib/visits/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New visit" };

export default async function NewVisitPage() {
  const staff = await requireStaffPage("EDITOR", "/visits/new");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <Link href="/" className="text-sm font-semibold text-accent underline">
          ← Visits
        </Link>
        <h1 className="mt-2 text-2xl font-bold">New visit</h1>
        <p className="mt-1 text-slate-700">Start with the basics; venues, hosts, delegates and the schedule come next.</p>
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <NewVisitForm timeZones={timeZoneOptions()} />
        </div>
        <section
          id="import"
          aria-labelledby="import-heading"
          className="mt-8 scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 id="import-heading" className="text-lg font-bold">
            Or import a visit file
          </h2>
          <div className="mt-3">
            <VisitFileImport />
          </div>
        </section>
      </main>
    </>
  );
}
