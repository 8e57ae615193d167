import { renderMarkdown } from "@/lib/markdown";

/**
 * Staff-written Markdown (a verdict's rationale). The only place in the app that inserts HTML:
 * renderMarkdown sanitises it first. Everything else is rendered as React text.
 */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose-factdesk ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
