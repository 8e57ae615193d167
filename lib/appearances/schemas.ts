import { z } from "zod";

/** Input of the claim desk's appearance forms (lib/appearances/mutations.ts). */

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");
const quote = z
  .string({ error: "Give the words of the article where the claim is made." })
  .trim()
  .min(1, "Give the words of the article where the claim is made.")
  .max(5000, "Quote at most 5,000 characters.");

export const reselectAppearanceSchema = z.object({
  appearanceId: z.string().trim().min(1, "Reload the page and try again."),
  version,
  quote,
});

export const removeAppearanceSchema = z.object({ appearanceId: z.string().trim().min(1, "Reload the page and try again."), version });

export const addAppearanceSchema = z.object({
  claimId: z.string().trim().min(1, "Reload the page and try again."),
  articleId: z.string({ error: "Choose the article." }).trim().min(1, "Choose the article."),
  quote,
});
