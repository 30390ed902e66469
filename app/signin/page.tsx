import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(typeof raw === "string" ? raw : undefined);
  if (await currentStaff()) redirect(callbackUrl);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-5 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Itinera</p>
      <h1 className="mb-6 mt-1 text-2xl font-bold">Staff sign-in</h1>
      <SignInForm callbackUrl={callbackUrl} demo={process.env.ITINERA_DEMO === "1"} />
    </main>
  );
}
