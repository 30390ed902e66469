import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// The frame of every Itinera e-mail: one narrow column, system fonts, inline styles (what
// Gmail, Outlook and phone clients all keep), no images and no tracking pixel.

export type MailFrame = {
  language: "en" | "de";
  preview: string;
  greeting: string;
  signature: string;
  footer: string;
};

const page = {
  backgroundColor: "#f1f5f9",
  fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  color: "#1b2230",
  margin: 0,
  padding: "16px 0",
};
const box = {
  backgroundColor: "#ffffff",
  border: "1px solid #e2e8f0",
  borderRadius: "8px",
  maxWidth: "600px",
  margin: "0 auto",
  padding: "24px",
};
export const text = { fontSize: "16px", lineHeight: "24px", margin: "0 0 12px" };
export const small = { fontSize: "13px", lineHeight: "20px", color: "#475569", margin: "0 0 8px" };

export function Layout({ frame, children }: { frame: MailFrame; children: ReactNode }) {
  return (
    <Html lang={frame.language}>
      <Head />
      <Preview>{frame.preview}</Preview>
      <Body style={page}>
        <Container style={box}>
          <Text style={text}>{frame.greeting}</Text>
          {children}
          <Text style={{ ...text, marginTop: "20px" }}>
            {frame.signature.split("\n").map((line, i) => (i ? [<br key={i} />, line] : line))}
          </Text>
          <Hr style={{ borderColor: "#e2e8f0", margin: "20px 0 12px" }} />
          <Text style={small}>{frame.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={text}>{children}</Text>;
}

/** The one call to action: a real link (also printed in full for text-only readers). */
export function Action({ href, label }: { href: string; label: string }) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Button
        href={href}
        style={{
          backgroundColor: "#1d4ed8",
          color: "#ffffff",
          borderRadius: "6px",
          padding: "12px 18px",
          fontSize: "16px",
          fontWeight: 600,
          textDecoration: "none",
        }}
      >
        {label}
      </Button>
      <Text style={{ ...small, marginTop: "8px", wordBreak: "break-all" }}>
        <Link href={href} style={{ color: "#1d4ed8" }}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}
