import Link from "next/link";
import { env } from "@/lib/env";

export const metadata = { robots: { index: false, follow: false } };

/** Sign-in pages: a plain, centred frame outside the public site and the staff areas. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  const { orgName } = env();
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="px-4 py-6 text-center">
        <Link href="/" className="font-serif text-xl font-bold tracking-tight text-slate-900">
          {orgName}
        </Link>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 pb-16">
        {children}
      </main>
    </div>
  );
}
