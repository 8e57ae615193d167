import Link from "next/link";

export const metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-2xl font-bold tracking-tight text-slate-900">Check your email</h1>
      <p className="mt-3 text-slate-700">
        If that address belongs to a staff account, a sign-in link is on its way. The link works once and expires in 15 minutes.
      </p>
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-slate-900 underline underline-offset-2">
          Back to sign-in
        </Link>
      </p>
    </div>
  );
}
