import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-3 text-lg leading-relaxed text-slate-600">There is nothing at this address.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-slate-900 underline underline-offset-4 hover:decoration-2">
          Go to the latest fact checks
        </Link>
      </p>
    </main>
  );
}
