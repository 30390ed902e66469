import Link from "next/link";
import type { Staff } from "@/lib/auth/guards";
import { SignOutButton } from "./sign-out-button";

export function StaffHeader({ staff }: { staff: Staff }) {
  return (
    <header className="bg-ink text-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Itinera
        </Link>
        <div className="flex items-center gap-3 text-sm">
          {staff.role === "ADMIN" && (
            <Link href="/staff" className="rounded px-2 py-1 font-semibold text-white/90 hover:bg-white/10">
              Staff
            </Link>
          )}
          <span className="hidden sm:inline text-white/80">
            {staff.name} · {staff.role.toLowerCase()}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
