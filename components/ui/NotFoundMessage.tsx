import Link from "next/link";

/** The body of a public 404 page: what is missing and the way back to the latest fact checks. */
export function NotFoundMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold text-slate-900">{title}</h1>
      <p className="mt-3 text-lg leading-relaxed text-slate-600">{children}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-slate-900 underline underline-offset-4 hover:decoration-2">
          See the latest fact checks
        </Link>
      </p>
    </div>
  );
}
