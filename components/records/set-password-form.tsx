"use client";

import Link from "next/link";
import { setPasswordAction } from "@/lib/staff/actions";
import { MIN_PASSWORD, setPasswordSchema } from "@/lib/staff/schema";
import { buttonClass } from "@/components/ui/button";
import { FormResult, SubmitButton, inputClass, useForm } from "@/components/ui/form";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const { submit, result, pending, errors, formRef } = useForm({ schema: setPasswordSchema, action: setPasswordAction });
  if (result?.ok) {
    return (
      <div role="status" className="space-y-3">
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">Your password is set. Sign in with {email}.</p>
        <Link href="/signin" className={buttonClass("primary")}>
          Sign in
        </Link>
      </div>
    );
  }
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { token, password: String(f.get("password") ?? ""), confirm: String(f.get("confirm") ?? "") };
    await submit(input);
  }
  const field = (name: "password" | "confirm", label: string, hint?: string) => (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="password"
        autoComplete="new-password"
        className={inputClass}
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={`${name}-msg`}
      />
      {errors[name]?.length ? (
        <p id={`${name}-msg`} className="mt-1 text-sm text-red-700">
          {errors[name][0]}
        </p>
      ) : hint ? (
        <p id={`${name}-msg`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-hydrated="true">
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      {field("password", "New password", `At least ${MIN_PASSWORD} characters; a few unrelated words work well.`)}
      {field("confirm", "The same password again")}
      {result && !result.ok && <FormResult result={result} />}
      <SubmitButton pending={pending}>Set password</SubmitButton>
    </form>
  );
}
