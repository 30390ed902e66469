import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/sign-in-form";
import { currentStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Sign in" };

function safeCallback(url: string | undefined): string {
  // Only same-site paths: never bounce a signed-in user to another site.
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await currentStaff()) redirect(callbackUrl);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-5 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Itinera</p>
      <h1 className="mb-6 mt-1 text-2xl font-bold">Staff sign-in</h1>
      <SignInForm callbackUrl={callbackUrl} demo={process.env.ITINERA_DEMO === "1"} />
    </main>
  );
}
