// A phone number as a tap-to-call link that never wraps inside the number: on a narrow
// screen the whole number moves to the next line instead of breaking after "+44 121".
export function PhoneLink({ phone, className = "" }: { phone: string; className?: string }) {
  const dial = phone.replace(/[^\d+]/g, "");
  return (
    <a href={`tel:${dial}`} className={`whitespace-nowrap underline decoration-slate-300 underline-offset-2 ${className}`}>
      {phone}
    </a>
  );
}
