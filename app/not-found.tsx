import Link from "next/link";

// Inside the root layout, so the skip link has its target here too.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-5 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">This page does not exist, or the visit it belonged to was deleted.</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-accent underline">
        Back to visits
      </Link>
    </main>
  );
}
