// Where mail goes: SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS from the start) and
// the sender MAIL_FROM. Checked once at start-up so a typo is a clear message, not a message
// that silently never leaves.

export type MailConfig = { url: string; from: string };

export const DEFAULT_SMTP_URL = "smtp://127.0.0.1:1025";
export const DEFAULT_FROM = "Itinera <itinera@localhost>";

export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const url = env.SMTP_URL || DEFAULT_SMTP_URL;
  const problem = smtpUrlProblem(url);
  if (problem)
    throw new Error(`SMTP_URL is not usable (${problem}). Use a URL like smtp://user:password@mail.example.org:587 or smtps://…:465.`);
  const from = env.MAIL_FROM || DEFAULT_FROM;
  if (!/@[^@\s>]+\.?[^@\s>]*>?$/.test(from))
    throw new Error(`MAIL_FROM is not an e-mail address: "${from}". Use e.g. "Visits Office <visits@example.org>".`);
  return { url, from };
}

export function smtpUrlProblem(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return "not a URL";
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:") return `the scheme is "${u.protocol.replace(":", "")}", not smtp or smtps`;
  if (!u.hostname) return "no host";
  if (u.port && (Number(u.port) < 1 || Number(u.port) > 65535)) return "the port is out of range";
  return null;
}
