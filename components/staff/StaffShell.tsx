import Link from "next/link";
import { NavLink } from "@/components/ui/NavLink";
import { SkipLink } from "@/components/ui/SkipLink";
import { env } from "@/lib/env";

type Section = { href: string; label: string };

const areas: Section[] = [
  { href: "/workspace", label: "Workspace" },
  { href: "/moderation", label: "Moderation" },
];

/** The frame of the staff areas (workspace, moderation): area switcher, section nav, demo banner. */
export function StaffShell({
  area,
  sections,
  children,
}: {
  /** The area's name, also the accessible name of its section nav. */
  area: string;
  sections: Section[];
  children: React.ReactNode;
}) {
  const { orgName } = env();
  return (
    <div className="min-h-screen bg-slate-50">
      <SkipLink />
      <header>
        <div className="bg-slate-900 text-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-serif text-lg font-bold tracking-tight">
              {orgName}
              <span className="sr-only"> — public site</span>
            </Link>
            <nav aria-label="Staff areas">
              <ul className="flex flex-wrap gap-1 text-sm">
                {areas.map((item) => (
                  <li key={item.href}>
                    <NavLink
                      href={item.href}
                      match="prefix"
                      className="block rounded px-2.5 py-1 text-slate-200 hover:bg-slate-800 hover:text-white aria-[current=page]:bg-slate-700 aria-[current=page]:text-white"
                    >
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
        <div className="border-b border-slate-200 bg-white">
          <nav aria-label={area} className="mx-auto max-w-7xl px-4">
            <ul className="flex gap-4 text-sm font-medium">
              {sections.map((item) => (
                <li key={item.href}>
                  <NavLink
                    href={item.href}
                    className="-mb-px block border-b-2 border-transparent py-3 text-slate-600 hover:text-slate-900 aria-[current=page]:border-slate-900 aria-[current=page]:text-slate-900"
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <p role="note" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900">
          Local demo: sign-in arrives with the sign-in issue
        </p>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
