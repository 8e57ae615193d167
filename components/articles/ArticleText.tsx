import type { Paragraph } from "@/lib/articles/highlights";

const markStyles = {
  suggestion: "bg-amber-100 text-slate-900 underline decoration-amber-700 decoration-dashed decoration-2 underline-offset-4",
  appearance: "bg-sky-100 text-slate-900 underline decoration-sky-800 decoration-2 underline-offset-4",
  foreign: "bg-slate-100 text-slate-900 underline decoration-slate-500 decoration-dotted decoration-2 underline-offset-4",
} as const;

/**
 * An article's stored text, escaped, in paragraphs, with claims (blue, solid) and suggestions
 * (amber, dashed) highlighted, and sentences not in English (grey, dotted) marked as not scored. Every piece of article text sits in an element carrying its offset
 * in Article.text (data-offset), which is how a selection is mapped back to stored offsets; the
 * labels and markers added for readers carry none and are skipped.
 */
export function ArticleText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div data-article-text className="space-y-4 font-serif text-lg leading-relaxed text-slate-900">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="break-words whitespace-pre-wrap">
          {paragraph.segments.map((segment) => {
            const { highlight } = segment;
            if (!highlight) {
              return (
                <span key={segment.start} data-offset={segment.start}>
                  {segment.text}
                </span>
              );
            }
            const first = segment.start === highlight.start;
            return (
              <span key={segment.start}>
                <mark id={first ? highlight.id : undefined} data-kind={highlight.kind} className={markStyles[highlight.kind]}>
                  {first ? <span className="sr-only">{highlight.label}: </span> : null}
                  <span data-offset={segment.start}>{segment.text}</span>
                </mark>
                {segment.last ? (
                  <a
                    href={`#${highlight.target}`}
                    className={
                      highlight.kind === "foreign"
                        ? "ml-1 rounded bg-slate-200 px-1 font-sans text-xs font-semibold text-slate-800 no-underline hover:underline"
                        : "ml-0.5 align-super font-sans text-xs font-bold text-slate-800 no-underline hover:underline"
                    }
                    aria-label={`Go to ${highlight.label.toLowerCase()}`}
                  >
                    {highlight.marker}
                  </a>
                ) : null}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
