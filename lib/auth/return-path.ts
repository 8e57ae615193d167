const FALLBACK = "/workspace";
const BASE = "http://factdesk.invalid";

/**
 * Where to send someone after sign-in: only a path on this site. Parsed as a browser would (which
 * drops tabs and newlines, so "/\t/evil.example" means "//evil.example"), and refused unless it
 * stays on this origin; anything else becomes the workspace.
 */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path || !path.startsWith("/")) return FALLBACK;
  try {
    const url = new URL(path, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
