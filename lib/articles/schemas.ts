import { z } from "zod";
import { articleUrlProblem } from "./url";

/** Form input for adding an article (workspace, /workspace/articles/new). */

/** Longest article text accepted (characters), well above any news article. */
export const MAX_ARTICLE_TEXT = 500_000;

/** The longest values of the paste form's other fields; the form carries them as maxLength. */
export const PASTED_ARTICLE_LIMITS = { title: 300, text: MAX_ARTICLE_TEXT, url: 2000, publisher: 200 } as const;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

export const articleUrlField = z
  .string({ error: "Give the article's web address." })
  .trim()
  .min(1, "Give the article's web address.")
  .max(2000, "That address is too long (at most 2,000 characters).");

export const fetchArticleSchema = z.object({ url: articleUrlField });

/** Pasted text as browsers send it: a textarea's line breaks arrive as CRLF; a BOM is dropped. */
export function normaliseArticleText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}

export const pasteArticleSchema = z.object({
  title: z
    .string({ error: "Give the article's title." })
    .trim()
    .min(1, "Give the article's title.")
    .max(PASTED_ARTICLE_LIMITS.title, "Use at most 300 characters."),
  text: z
    .string({ error: "Paste the article's text." })
    .transform(normaliseArticleText)
    .pipe(z.string().min(1, "Paste the article's text."))
    .pipe(
      z
        .string()
        .min(80, "That is too short for an article (at least 80 characters).")
        .max(MAX_ARTICLE_TEXT, "That text is longer than 500,000 characters; paste the article alone."),
    ),
  url: optionalText(PASTED_ARTICLE_LIMITS.url, "That address is too long (at most 2,000 characters).").superRefine((value, context) => {
    const problem = value === undefined ? null : articleUrlProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem.message });
  }),
  /** The publisher's name or web address. */
  publisher: optionalText(PASTED_ARTICLE_LIMITS.publisher, "Use at most 200 characters."),
  publishedAt: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
        .transform((value) => new Date(`${value}T00:00:00Z`))
        .refine((date) => !Number.isNaN(date.getTime()), "That is not a date.")
        .refine((date) => date.getTime() <= Date.now() + 86_400_000, "That date is in the future.")
        .optional(),
    ),
});

export const articleIdSchema = z.object({ articleId: z.string().trim().min(1, "Choose an article.") });
