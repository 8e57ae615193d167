/**
 * Stored URLs (article and evidence links) come from pasted input; only http(s) URLs become
 * links, anything else is shown as text or not at all.
 */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
