-- Delegate links the server can derive again (docs/decisions/010-delegate-link-tokens.md): a
-- per-link secret beside the token's hash. Links issued before this have no secret: they keep
-- working, and staff copies print their QR code once the link is re-issued.
ALTER TABLE "Delegate" ADD COLUMN "linkSecret" TEXT;

-- A visit's logo for the PDFs (PNG or SVG).
ALTER TABLE "Visit" ADD COLUMN "logo" BYTEA,
ADD COLUMN "logoType" TEXT;

-- Order of precedence for host organisations and their contacts (lower first).
ALTER TABLE "HostOrganisation" ADD COLUMN "precedence" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "HostContact" ADD COLUMN "precedence" INTEGER NOT NULL DEFAULT 0;
