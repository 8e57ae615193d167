import type { Metadata } from "next";
import Link from "next/link";
import { NavLink } from "@/components/ui/NavLink";
import { SkipLink } from "@/components/ui/SkipLink";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/verdicts/feed";

export function generateMetadata(): Metadata {
  return { alternates: { types: feedAlternates(env().orgName) } };
}

const mainLinks = [
  ["/", "Latest"],
  ["/search", "Search"],
  ["/methodology", "Methodology"],
  ["/about", "About"],
  ["/submit", "Submit a claim"],
] as const;

const footerLinks = [
  ["/methodology", "Methodology"],
  ["/corrections-policy", "Corrections policy"],
  ["/about", "About us"],
  ["/search", "Search fact checks"],
  ["/submit", "Submit a claim"],
  ["/sign-in", "Staff sign-in"],
] as const;

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  const { orgName } = env();
  const navLink =
    "rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:font-semibold aria-[current=page]:text-slate-900";

  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
          <Link href="/" className="group flex items-baseline gap-2">
            <span className="font-serif text-2xl font-bold tracking-tight text-slate-900">{orgName}</span>
            <span className="text-xs font-semibold tracking-widest text-slate-600 uppercase">Fact check</span>
          </Link>
          <nav aria-label="Main">
            <ul className="-mx-2 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm font-medium sm:gap-x-2">
              {mainLinks.map(([href, label]) => (
                <li key={href}>
                  <NavLink href={href} match={href === "/" ? "exact" : "prefix"} className={navLink}>
                    {label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="w-full flex-1">
        {children}
      </main>
      <footer className="mt-16 border-t border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-5xl px-4 py-8 text-sm leading-relaxed text-slate-600">
          <p>
            Fact checks published by <span className="font-medium text-slate-800">{orgName}</span>. Every verdict lists its evidence, its
            reviewers and its corrections.
          </p>
          <nav aria-label="About our work" className="mt-4">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {footerLinks.map(([href, label]) => (
                <li key={href}>
                  <Link href={href} className="text-slate-700 underline underline-offset-2 hover:text-slate-900 hover:decoration-2">
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
