import { z } from "zod";
import { toSourceKey } from "@/lib/sources/domain";

/** Input of the evidence forms on the claim desk (lib/evidence/mutations.ts). */

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");
const id = z.string().trim().min(1, "Reload the page and try again.");

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && toSourceKey(value) !== null;
  } catch {
    return false;
  }
}

const webAddress = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(2000, "Use at most 2,000 characters.")
    .refine(isWebAddress, "Enter a full web address starting with https:// (or http://).");

const evidenceFields = {
  url: webAddress("Enter the web address of the evidence."),
  title: z
    .string({ error: "Enter the title." })
    .trim()
    .min(1, "Enter the title of the page or document.")
    .max(300, "Use at most 300 characters."),
  excerpt: z
    .string({ error: "Quote the passage that matters." })
    .trim()
    .min(1, "Quote the passage that matters.")
    .max(2000, "Use at most 2,000 characters."),
  stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"], { error: "Choose whether it supports or refutes the claim, or gives context." }),
  /** Optional: an empty field means no archived copy. */
  archiveUrl: z
    .string()
    .trim()
    .default("")
    .transform((value) => (value === "" ? null : value))
    .pipe(
      z
        .string()
        .max(2000, "Use at most 2,000 characters.")
        .refine(isWebAddress, "Enter a full web address starting with https:// (or http://).")
        .nullable(),
    ),
};

export const addEvidenceSchema = z.object({ claimId: id, ...evidenceFields });

export const editEvidenceSchema = z.object({ evidenceId: id, ...evidenceFields, version });

export const removeEvidenceSchema = z.object({ evidenceId: id, version });

export const moveEvidenceSchema = z.object({
  evidenceId: id,
  direction: z.enum(["up", "down"], { error: "Move it up or down." }),
});
