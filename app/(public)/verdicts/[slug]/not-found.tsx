import Link from "next/link";

export default function VerdictNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold text-slate-900">Fact check not found</h1>
      <p className="mt-3 text-lg leading-relaxed text-slate-600">
        There is no published fact check at this address. It may not have been published yet, or the link may
        be mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-slate-900 underline underline-offset-4 hover:decoration-2">
          See the latest fact checks
        </Link>
      </p>
    </div>
  );
}
