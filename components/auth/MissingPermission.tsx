"use client";

import { usePathname } from "next/navigation";
import { ACTION_DESCRIPTIONS, ROLE_LABELS, rolesFor } from "@/lib/permissions";
import { permissionForPath } from "@/lib/staff-pages";

/** What the refused page needs and who has it; a client component because only it knows the path. */
export function MissingPermission() {
  const action = permissionForPath(usePathname());
  if (!action) return <>Your account does not have the permission this page needs.</>;
  const roles = rolesFor(action).map((role) => `${ROLE_LABELS[role].toLowerCase()}s`);
  const who = roles.length <= 1 ? roles[0] : `${roles.slice(0, -1).join(", ")} and ${roles.at(-1)}`;
  return (
    <>
      This page needs permission to <strong>{ACTION_DESCRIPTIONS[action]}</strong>, which only {who} have.
    </>
  );
}
