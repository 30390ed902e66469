import type { DescribedChange } from "@/lib/schedule/delegate-changes";
import { Action, Layout, Paragraph, type MailFrame } from "./layout";
import { ChangeBlocks, ProgrammeDays, type ProgrammeDay } from "./parts";

// One component per kind of e-mail. They receive words already in the reader's language
// (lib/mail/compose.ts takes them from the catalogue) and never user-written markup.

/** What every delegate e-mail ends with: their page (or how to get it) and whom to ask. */
export type DelegateEnd = { pageUrl: string | null; openLabel: string; pageHint: string; noLink: string; contact: string | null };

function PageAndContact({ end }: { end: DelegateEnd }) {
  return (
    <>
      {end.pageUrl ? (
        <>
          <Action href={end.pageUrl} label={end.openLabel} />
          <Paragraph>{end.pageHint}</Paragraph>
        </>
      ) : (
        <Paragraph>{end.noLink}</Paragraph>
      )}
      {end.contact && <Paragraph>{end.contact}</Paragraph>}
    </>
  );
}

export function LinkEmail({
  frame,
  end,
  intro,
  purpose,
  privacy,
  pdf,
}: {
  frame: MailFrame;
  end: DelegateEnd;
  intro: string;
  purpose: string;
  privacy: string;
  pdf: string | null;
}) {
  return (
    <Layout frame={frame}>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>{purpose}</Paragraph>
      <PageAndContact end={end} />
      <Paragraph>{privacy}</Paragraph>
      {pdf && <Paragraph>{pdf}</Paragraph>}
    </Layout>
  );
}

export function ChangesEmail({
  frame,
  end,
  intro,
  changes,
  beforeWord,
}: {
  frame: MailFrame;
  end: DelegateEnd;
  intro: string;
  changes: DescribedChange[];
  beforeWord: string;
}) {
  return (
    <Layout frame={frame}>
      <Paragraph>{intro}</Paragraph>
      <ChangeBlocks changes={changes} before={beforeWord} />
      <PageAndContact end={end} />
    </Layout>
  );
}

/** The full programme (after a publish) and the evening reminder for the next day. */
export function ProgrammeEmail({
  frame,
  end,
  intro,
  days,
  empty,
}: {
  frame: MailFrame;
  end: DelegateEnd;
  intro: string;
  days: ProgrammeDay[];
  empty: string;
}) {
  return (
    <Layout frame={frame}>
      <Paragraph>{intro}</Paragraph>
      {days.length ? <ProgrammeDays days={days} /> : <Paragraph>{empty}</Paragraph>}
      <PageAndContact end={end} />
    </Layout>
  );
}

export function InviteEmail({
  frame,
  intro,
  url,
  button,
  expiry,
}: {
  frame: MailFrame;
  intro: string;
  url: string;
  button: string;
  expiry: string;
}) {
  return (
    <Layout frame={frame}>
      <Paragraph>{intro}</Paragraph>
      <Action href={url} label={button} />
      <Paragraph>{expiry}</Paragraph>
    </Layout>
  );
}
