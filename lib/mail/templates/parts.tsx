import { Section, Text } from "@react-email/components";
import type { DescribedChange } from "@/lib/schedule/delegate-changes";
import { small, text } from "./layout";

// The programme and change blocks shared by several e-mails.

const TONE = { added: "#047857", removed: "#b91c1c", cancelled: "#b91c1c", changed: "#1d4ed8" } as const;

/** Each change: a coloured word, the title, then "Label: before → after" lines. */
export function ChangeBlocks({ changes, before }: { changes: DescribedChange[]; before: string }) {
  return (
    <>
      {changes.map((c, i) => (
        <Section key={i} style={{ borderLeft: `4px solid ${TONE[c.kind]}`, padding: "4px 0 4px 12px", margin: "0 0 14px" }}>
          <Text style={{ ...text, margin: "0 0 4px" }}>
            <strong style={{ color: TONE[c.kind] }}>{c.heading}:</strong> <strong>{c.title}</strong>
          </Text>
          {c.lines.map((l, j) => (
            <Text key={j} style={{ ...text, fontSize: "15px", margin: "0 0 2px" }}>
              {l.label}:{" "}
              {l.before !== null && (
                <>
                  <span style={{ color: "#64748b", textDecoration: "line-through" }} title={before}>
                    {l.before}
                  </span>
                  {" → "}
                </>
              )}
              <strong>{l.after}</strong>
            </Text>
          ))}
        </Section>
      ))}
    </>
  );
}

export type ProgrammeDay = { day: string; items: { when: string; title: string; venue: string | null; lines?: string[] }[] };

export function ProgrammeDays({ days }: { days: ProgrammeDay[] }) {
  return (
    <>
      {days.map((d) => (
        <Section key={d.day} style={{ margin: "0 0 14px" }}>
          <Text style={{ ...text, fontWeight: 700, margin: "0 0 6px" }}>{d.day}</Text>
          {d.items.map((x, i) => (
            <Text key={i} style={{ ...text, fontSize: "15px", margin: "0 0 6px" }}>
              <strong>{x.when}</strong> · {x.title}
              {[x.venue, ...(x.lines ?? [])].filter(Boolean).map((line) => (
                <span key={line}>
                  <br />
                  <span style={small}>{line}</span>
                </span>
              ))}
            </Text>
          ))}
        </Section>
      ))}
    </>
  );
}
