import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-md px-5 py-16">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p className="mt-2">Your role does not allow this page. Ask an admin to change your role.</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-accent underline">
        Back to visits
      </Link>
    </main>
  );
}
