import { PhoneLink } from "@/components/ui/phone-link";

/** "e-mail · phone" under a person: a long address may break anywhere, the number never. */
export function ContactLine({ email, phone }: { email: string; phone: string }) {
  if (!email && !phone) return null;
  return (
    <p className="text-sm text-slate-600">
      {email && (
        <a href={`mailto:${email}`} className="break-all underline decoration-slate-300 underline-offset-2">
          {email}
        </a>
      )}
      {email && phone && " · "}
      {phone && <PhoneLink phone={phone} />}
    </p>
  );
}
