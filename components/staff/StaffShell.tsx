import Link from "next/link";
import { NavLink } from "@/components/ui/NavLink";
import { SkipLink } from "@/components/ui/SkipLink";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { can, ROLE_LABELS } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { permissionForPath } from "@/lib/staff-pages";

type Section = { href: string; label: string };

const areas: Section[] = [
  { href: "/workspace", label: "Workspace" },
  { href: "/moderation", label: "Moderation" },
];

/** The frame of the staff areas (workspace, moderation): area switcher, section nav, who is signed in. */
export function StaffShell({
  orgName,
  area,
  sections: allSections,
  user,
  children,
}: {
  /** The organisation's name (ORG_NAME), linking to the public site. */
  orgName: string;
  /** The area's name, also the accessible name of its section nav. */
  area: string;
  sections: Section[];
  /** Null while the page redirects to sign-in. */
  user: CurrentUser | null;
  children: React.ReactNode;
}) {
  // Links only to pages the signed-in person may open (lib/staff-pages.ts).
  const allowed = (item: Section) => {
    const action = permissionForPath(item.href);
    return !action || can(user?.role, action);
  };
  const sections = allSections.filter(allowed);
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
                {areas.filter(allowed).map((item) => (
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
            {user ? (
              <div className="ml-auto flex items-center gap-3 text-sm">
                <Link href="/workspace/profile" className="text-slate-200 underline-offset-2 hover:text-white hover:underline">
                  {user.name}
                  <span className="text-slate-400"> · {ROLE_LABELS[user.role]}</span>
                </Link>
                <SignOutButton />
              </div>
            ) : null}
          </div>
        </div>
        <div className="border-b border-slate-200 bg-white">
          <nav aria-label={area} className="mx-auto max-w-7xl px-4">
            <ul className="flex flex-wrap gap-x-4 text-sm font-medium">
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
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
