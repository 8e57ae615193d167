"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// A client component only to read the current path for aria-current; it renders on the server
// like any link, so navigation works without JavaScript.
export function NavLink({
  href,
  match = "exact",
  className,
  children,
}: {
  href: string;
  match?: "exact" | "prefix";
  className: string;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const current = match === "exact" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
