"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/signin" })}
      className="rounded px-2 py-1 text-sm font-semibold text-white/90 hover:bg-white/10"
    >
      Sign out
    </button>
  );
}
