import Link from "next/link";

/** For a claimant, source or topic that does not exist or has no published fact check. */
export default function PublicNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-3 text-lg leading-relaxed text-slate-600">
        There is nothing published at this address. The link may be mistyped, or what it names has no published
        fact check yet.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-slate-900 underline underline-offset-4 hover:decoration-2">
          See the latest fact checks
        </Link>
      </p>
    </div>
  );
}
