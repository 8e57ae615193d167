import type { MutationResult } from "@/lib/mutation";

/**
 * The version a versioned form saves on top of next: the newest it knows of, from the page, its
 * own last save, or the current record a 409 reported (so saving again after reviewing works).
 * Only for forms whose every value comes from the page (buttons, hidden inputs), so a refreshed
 * page refreshes what they send too; forms with fields a person edits use useVersionedForm.
 */
export function latestVersion(version: number, result: MutationResult<{ version: number }> | null): number {
  const stale = result && !result.ok && result.status === 409 ? result.current?.version : undefined;
  return Math.max(version, result?.ok ? result.data.version : 0, typeof stale === "number" ? stale : 0);
}
