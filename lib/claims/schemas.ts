import { z } from "zod";

/** Input of the queue's and the claim desk's forms (lib/claims/mutations.ts). */

export const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");
export const claimId = z.string().trim().min(1, "Reload the page and try again.");

export const editClaimSchema = z.object({
  claimId,
  text: z
    .string({ error: "Enter the claim." })
    .trim()
    .min(10, "Write the claim as a full statement (at least 10 characters).")
    .max(1000, "Use at most 1,000 characters."),
  /** A claimant's name; an unknown name creates the claimant. Empty: no claimant. */
  claimant: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  topicIds: z.array(z.string().trim().min(1)).max(20, "Choose at most 20 topics.").default([]),
  /** When the claim was made, YYYY-MM-DD; empty: unknown; not given: unchanged. */
  claimDate: z
    .string()
    .trim()
    .optional()
    .pipe(
      z
        .union([
          z.literal(""),
          z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
            .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), "That is not a date.")
            .refine((value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, "That date is in the future."),
        ])
        .optional(),
    )
    .transform((value) => (value === undefined ? undefined : value === "" ? null : new Date(`${value}T00:00:00Z`))),
  version,
});

export const assignClaimSchema = z.object({
  claimId,
  /** A staff member's id, "me" (take it) or "" (nobody). */
  assigneeId: z.string({ error: "Choose who takes the claim." }).trim(),
  version,
});

export const dismissClaimSchema = z.object({
  claimId,
  reason: z
    .string({ error: "Say why the claim is dismissed." })
    .trim()
    .min(5, "Say why the claim is dismissed (at least 5 characters).")
    .max(500, "Use at most 500 characters."),
  version,
});

export const reopenClaimSchema = z.object({ claimId, version });

export const addNoteSchema = z.object({
  claimId,
  body: z.string({ error: "Write the note." }).trim().min(1, "Write the note.").max(4000, "Use at most 4,000 characters."),
});
