import { z } from "zod";

/** Form values arrive as strings; an empty optional field is "not given". */
const optional = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), inner.optional());

/** The longest values the tipline accepts; its form's fields carry them as maxLength. */
export const SUBMISSION_LIMITS = { claimText: 1000, url: 2000, contactEmail: 254, reason: 2000 } as const;

const claimText = z
  .string({ error: "Write the claim you want us to check." })
  .trim()
  .min(10, "Write the claim in at least 10 characters.")
  .max(SUBMISSION_LIMITS.claimText, "Keep the claim to 1,000 characters; put the rest under why it matters.");

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);
const submissionId = z.string().trim().min(1, "Choose a submission.");

/** The public tipline form (app/(public)/submit). */
export const submitSchema = z.object({
  claimText,
  url: optional(
    z
      .string()
      .trim()
      .pipe(
        z
          .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://, or leave it empty." })
          .max(SUBMISSION_LIMITS.url, "Use a web address of at most 2,000 characters."),
      ),
  ),
  contactEmail: optional(
    z
      .string()
      .trim()
      .pipe(
        z
          .email({ error: "Enter an email address like name@example.org, or leave it empty." })
          .max(SUBMISSION_LIMITS.contactEmail, "Use at most 254 characters."),
      ),
  ),
  reason: optional(z.string().trim().max(SUBMISSION_LIMITS.reason, "Keep this to 2,000 characters.")),
  /** The honeypot: people never see it, so anything in it was typed by a robot. */
  website: z.string().optional().default(""),
});

/**
 * Accept: the submission becomes a claim, with its text as the moderator edited it, its claimant
 * (an existing one by name, or a new one) and the date it was made; the tip's link, when asked,
 * is fetched as an article and the claim anchored in it (at `quote`, else at the claim's words).
 */
export const acceptSchema = z.object({
  submissionId,
  version,
  claimText,
  claimant: optional(z.string().trim().max(200, "Use at most 200 characters.")),
  claimDate: optional(
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
      .transform((value) => new Date(`${value}T00:00:00Z`))
      .refine((date) => !Number.isNaN(date.getTime()), "That is not a date.")
      .refine((date) => date.getTime() <= Date.now() + 86_400_000, "That date is in the future."),
  ),
  /** A checkbox: "on" when ticked. */
  fetchLink: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()).default(false),
  quote: optional(z.string().trim().max(5000, "Quote at most 5,000 characters.")),
});

export const markDuplicateSchema = z.object({
  submissionId,
  version,
  claimId: z.string({ error: "Choose the claim it duplicates." }).trim().min(1, "Choose the claim it duplicates."),
});

export const rejectSchema = z.object({
  submissionId,
  version,
  reason: z
    .string({ error: "Say why we will not check it; the submitter reads this." })
    .trim()
    .min(5, "Say why we will not check it (at least 5 characters); the submitter reads this.")
    .max(1000, "Keep the reason to 1,000 characters."),
});

/** Bulk: the checked rows of the list, each rejected as spam. */
export const rejectSpamSchema = z.object({
  submissionIds: z
    .array(z.string().trim().min(1))
    .min(1, "Tick the submissions that are spam first.")
    .max(100, "Mark at most 100 submissions at once."),
});
