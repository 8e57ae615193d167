/**
 * Public reading pages (a verdict, the home page, claimant, topic and source pages…) need no
 * JavaScript: they are server-rendered HTML whose links and forms work without it. Next.js still
 * sends its client runtime (~150 KB) and the page's data again as inline scripts, which a phone on
 * a slow network downloads and runs before the page settles. A page that renders
 * <ReadsWithoutScripts /> (components/ui/ReadsWithoutScripts.tsx) carries the marker below, and
 * the web server (scripts/serve.ts, through lib/security-headers.ts, which already holds each
 * HTML response until complete) sends it without those scripts. Data scripts such as the
 * ClaimReview JSON-LD stay. See docs/decisions/032-pages-without-scripts.md.
 */

export const SCRIPT_FREE_MARKER = { name: "factdesk-scripts", content: "none" } as const;

const MARKER = new RegExp(`<meta\\s+name="${SCRIPT_FREE_MARKER.name}"\\s+content="${SCRIPT_FREE_MARKER.content}"\\s*/?>`);

/**
 * A `<script>` element: its attributes (1) and text (2). React writes every "<" inside a script's
 * text and every ">" inside an attribute escaped, so an element ends at the first "</script>" and
 * its tag at the first ">". Shared with the CSP's hashing of inline scripts (lib/security-headers.ts).
 */
export const scriptElements = () => /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Whether a script element's attributes load a file (`src`) rather than carry its code. */
export const loadsFile = (attributes: string) => /\bsrc\s*=/i.test(attributes);

/** Script types that are data, never run: kept. */
const DATA_SCRIPT = /\btype\s*=\s*"application\/(?:ld\+)?json"/i;
/** Next.js's own script files; a page's own small scripts (public/scripts/) are kept. */
const NEXT_SCRIPT_FILE = /\bsrc\s*=\s*"\/_next\//i;

export function declaresScriptFree(html: string): boolean {
  return MARKER.test(html);
}

/**
 * The document without Next.js's scripts — its script files, its inline scripts (the page's data
 * again, and the code that starts the client) and the hints that fetch them.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(scriptElements(), (element, attributes: string) => {
      const next = loadsFile(attributes) ? NEXT_SCRIPT_FILE.test(attributes) : !DATA_SCRIPT.test(attributes);
      return next ? "" : element;
    })
    .replace(/<link\b[^>]*>/gi, (link) =>
      /\brel\s*=\s*"modulepreload"/i.test(link) || (/\brel\s*=\s*"preload"/i.test(link) && /\bas\s*=\s*"script"/i.test(link)) ? "" : link,
    );
}

/** What the server sends for an HTML document: without scripts when the page says it reads without them. */
export function leanHtml(html: string): string {
  return declaresScriptFree(html) ? withoutScripts(html) : html;
}
