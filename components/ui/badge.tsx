type Tone = "neutral" | "accent" | "warn" | "danger" | "ok";

const TONES: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-700",
  accent: "bg-accent-soft text-accent",
  warn: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-800",
  ok: "bg-emerald-100 text-emerald-800",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: React.ReactNode }) {
  return <span className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}
