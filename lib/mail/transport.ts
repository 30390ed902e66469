import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig } from "./config";

// One pooled SMTP connection set per process. Sending is only ever done by the outbox worker.

export type OutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per outbox message: a receiving server or client can spot a duplicate. */
  messageId: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
};

const g = globalThis as unknown as { __itineraMail?: { key: string; t: Transporter; from: string } };

export function transport(): { t: Transporter; from: string } {
  const cfg = mailConfig();
  if (g.__itineraMail?.key !== cfg.url + cfg.from) {
    g.__itineraMail?.t.close();
    // Short timeouts: an unreachable server fails the attempt quickly and the queue retries it.
    const t = nodemailer.createTransport({
      ...smtpOptions(cfg.url),
      pool: true,
      maxConnections: 4,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 15000,
    });
    g.__itineraMail = { key: cfg.url + cfg.from, t, from: cfg.from };
  }
  return g.__itineraMail;
}

export async function sendMail(m: OutgoingMail): Promise<void> {
  const { t, from } = transport();
  await t.sendMail({ from, to: m.to, subject: m.subject, html: m.html, text: m.text, messageId: m.messageId, attachments: m.attachments });
}

/** Drops the pooled connections (tests restart their SMTP server; the worker stops). */
export function closeTransport() {
  g.__itineraMail?.t.close();
  g.__itineraMail = undefined;
}

function smtpOptions(raw: string) {
  const u = new URL(raw);
  const secure = u.protocol === "smtps:";
  const auth = u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined;
  // A local catcher (MailDev, the tests' server) speaks plain SMTP: no STARTTLS upgrade attempt there.
  const local = ["127.0.0.1", "localhost", "::1", "[::1]"].includes(u.hostname);
  return { host: u.hostname, port: Number(u.port) || (secure ? 465 : 587), secure, auth, ignoreTLS: local && !secure };
}
