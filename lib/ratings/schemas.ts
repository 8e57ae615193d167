import { z } from "zod";
import { parseHexColor } from "@/lib/contrast";

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");

/** "Mostly true" → "mostly-true": the key a new rating gets (lower case, ASCII, hyphens). */
export function ratingKeyFromLabel(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

const label = z
  .string()
  .trim()
  .min(2, "Enter at least 2 characters.")
  .max(40, "Use at most 40 characters: the label is shown on badges.")
  .refine((value) => ratingKeyFromLabel(value) !== "", "Use at least one letter or digit.");

const color = z
  .string()
  .trim()
  .refine((value) => parseHexColor(value) !== null, "Enter a colour as #rrggbb, e.g. #1a7f37.")
  .transform((value) => {
    const { r, g, b } = parseHexColor(value)!;
    return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  });

/** 1–5 on the truth scale, or blank for ratings off it ("Misleading", "Unproven"). */
const ordinal = z
  .union([z.literal(""), z.null(), z.undefined(), z.coerce.number()])
  .transform((value) => (value === "" || value === null || value === undefined ? null : value))
  .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 5), "Choose 1 (false) to 5 (true), or none.");

const position = z.coerce
  .number({ error: "Enter a whole number." })
  .int("Enter a whole number.")
  .min(0, "Use 0 or more.")
  .max(1000, "Use at most 1000.");

export const ratingFieldsSchema = z.object({
  label,
  description: z.string().trim().min(10, "Describe in a sentence what the rating means.").max(500, "Use at most 500 characters."),
  color,
  ordinal,
  position,
});

export const createRatingSchema = ratingFieldsSchema;

/** Required (checked in the mutation) when published verdicts would show a new label or value. */
const methodologyNote = z
  .string()
  .nullish()
  .transform((value) => value?.trim() ?? "")
  .refine((value) => value.length <= 1000, "Use at most 1000 characters.");

export const METHODOLOGY_NOTE_MIN = 20;

export const updateRatingSchema = ratingFieldsSchema.extend({ id: z.string().trim().min(1, "Choose a rating."), version, methodologyNote });

export const retireRatingSchema = z.object({
  id: z.string().trim().min(1, "Choose a rating."),
  version,
  retire: z.enum(["true", "false"], { error: "Say whether to retire or restore the rating." }).transform((value) => value === "true"),
});
