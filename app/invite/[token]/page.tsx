import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/records/set-password-form";
import { findInvite } from "@/lib/staff/data";
import { INVITE_INVALID } from "@/lib/staff/mutations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set your password", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invite = await findInvite(token);
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-lg font-bold tracking-tight text-accent">Itinera</p>
      <h1 className="mt-2 text-2xl font-bold">{invite ? `Welcome, ${invite.name}` : "This link does not work"}</h1>
      <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {invite ? (
          <>
            <p className="mb-4 text-slate-700">
              Choose the password for <strong className="break-all">{invite.email}</strong>.
            </p>
            <SetPasswordForm token={token} email={invite.email} />
          </>
        ) : (
          <>
            <p className="text-slate-700">{INVITE_INVALID}</p>
            <Link href="/signin" className="mt-3 inline-block font-semibold text-accent underline">
              Go to sign-in
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
