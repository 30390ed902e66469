import type { Metadata } from "next";
import { StaffAdmin } from "@/components/records/staff-admin";
import { StaffHeader } from "@/components/staff/staff-header";
import { requireStaffPage } from "@/lib/auth/guards";
import { listStaff } from "@/lib/staff/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const staff = await requireStaffPage("ADMIN", "/staff");
  const rows = await listStaff();
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">Staff</h1>
        <p className="mt-1 text-slate-700">Viewers read every visit; editors also edit and publish; admins also manage these accounts.</p>
        <StaffAdmin rows={rows} selfId={staff.id} />
      </main>
    </>
  );
}
