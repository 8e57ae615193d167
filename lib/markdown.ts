import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

// Rationales are written by staff, but a stolen account or a pasted snippet must not be able to
// run script on the public site, nor restyle or re-link the page around the rationale.
//
// Markdown alone decides the markup: raw HTML in the source loses its tags and keeps its text (one
// tag at a time, so an unclosed <style> drops nothing after it), links go only to http(s) and mailto, images become their alt text, and headings fit under the
// page's own h1/h2. Every tag is produced here by marked, balanced; sanitize-html then checks the
// result against a small list of tags and attributes as a second line of defence. It renames
// nothing (sanitize-html's tag renaming lost track of which closing tag to rename, so a refused
// link turned into `<span>` closed the next link with `</span>`; raw `<style>` swallowed the rest
// of the text).

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.use({
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      // Raw HTML: its tags go (script and style with their content), its text stays, escaped.
      return sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      const target = href.trim();
      // A link we would not follow stays as its text.
      if (!SAFE_HREF.test(target)) return text;
      const titled = title ? ` title="${escapeHtml(title)}"` : "";
      return `<a href="${escapeHtml(target)}" rel="nofollow noopener"${titled}>${text}</a>`;
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading) {
      // The page already has its h1 (the claim) and an h2 for the rationale section.
      const level = Math.min(Math.max(depth, 2), 4);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

const options: sanitizeHtml.IOptions = {
  allowedTags: ["p", "a", "em", "strong", "del", "ul", "ol", "li", "blockquote", "code", "pre", "h2", "h3", "h4", "br", "hr"],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Markdown → HTML that is safe to insert into a page (see the tests for what "safe" covers). */
export function renderMarkdown(md: string): string {
  const html = marked.parse(md, { async: false });
  return sanitizeHtml(html, options);
}
