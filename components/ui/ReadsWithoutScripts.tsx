import { SCRIPT_FREE_MARKER } from "@/lib/script-free";

/**
 * Says that this page reads and works fully without JavaScript: the web server then sends it
 * without Next.js's scripts (lib/script-free.ts). Only for pages with no client component that
 * must run: a page with one would silently lose it. React places the tag in the document head.
 */
export function ReadsWithoutScripts() {
  return <meta name={SCRIPT_FREE_MARKER.name} content={SCRIPT_FREE_MARKER.content} />;
}
