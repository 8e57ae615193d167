import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Rationales are written by staff, but a stolen account or a pasted snippet must not be able to
// run script on the public site: Markdown is rendered, then everything outside a small set of
// text tags is removed. Raw HTML in the source gets the same treatment as Markdown output.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: ["p", "a", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "h2", "h3", "h4", "br", "hr"],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // Script and style bodies go with their tags; other disallowed tags keep their text.
  disallowedTagsMode: "discard",
  transformTags: {
    // The page already has its h1 (the claim) and an h2 for the rationale section.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const href = (attribs.href ?? "").trim();
      // A link we would not follow becomes plain text (an unknown tag is dropped, its text kept).
      if (!SAFE_HREF.test(href)) return { tagName: "span", attribs: {} };
      const kept: Record<string, string> = { href, rel: "nofollow noopener" };
      if (attribs.title) kept.title = attribs.title;
      return { tagName, attribs: kept };
    },
  },
};

/** Markdown → HTML that is safe to insert into a page (see the tests for what "safe" covers). */
export function renderMarkdown(md: string): string {
  const html = marked.parse(md, { async: false });
  return sanitizeHtml(html, options);
}
