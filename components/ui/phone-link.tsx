// A phone number as a tap-to-call link that never wraps inside the number: on a narrow
// screen the whole number moves to the next line instead of breaking after "+44 121".
export function PhoneLink({ phone, className = "" }: { phone: string; className?: string }) {
  // "… ext. 5501" dials the number, waits, then the extension (a comma is a pause).
  const [number, extension] = phone.split(/\s*(?:extension|ext\.?|x)\s*/i);
  const digits = (s = "") => s.replace(/[^\d+]/g, "");
  const dial = extension ? `${digits(number)},${digits(extension)}` : digits(number);
  return (
    <a href={`tel:${dial}`} className={`whitespace-nowrap underline decoration-slate-300 underline-offset-2 ${className}`}>
      {phone}
    </a>
  );
}
