import { z } from "zod";

/** Limits shared by the forms (maxLength) and the checks below. */
export const VERDICT_LIMITS = { conclusion: 400, rationale: 20_000, note: 1_000, comment: 2_000, reason: 2_000 } as const;

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");
const recordId = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .trim()
    .min(1, `Choose a ${what}.`);
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is missing.` })
    .trim()
    .max(max, `${label}: use at most ${max.toLocaleString("en")} characters.`);

/** "" (no rating chosen yet) → null. */
const ratingId = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null);

// A draft may be incomplete: it is saved as typed (autosave), and checked when it is submitted.
const draftFields = {
  ratingId,
  conclusion: text("The conclusion", VERDICT_LIMITS.conclusion),
  rationale: text("The rationale", VERDICT_LIMITS.rationale),
};

// What a verdict needs before anyone may approve or publish it.
const completeFields = {
  ratingId: z.string({ error: "Choose a rating." }).trim().min(1, "Choose a rating."),
  conclusion: draftFields.conclusion.pipe(z.string().min(1, "Write a short conclusion: the finding in a sentence or two.")),
  rationale: draftFields.rationale.pipe(z.string().min(1, "Explain how you reached the verdict, citing the evidence.")),
};

const note = text("The note", VERDICT_LIMITS.note);
const requiredNote = note.pipe(
  z.string().min(10, "Write a public note (at least 10 characters): what changed and why. Readers see it on the verdict page."),
);

const verdictId = recordId("verdict");
const revisionId = recordId("revision");

export const startVerdictSchema = z.object({ claimId: recordId("claim") });

export const saveVerdictSchema = z.object({ verdictId, version, ...draftFields });
export const submitVerdictSchema = z.object({ verdictId, version, ...completeFields });

export const verdictDecisionSchema = z.object({ verdictId, version });
export const sendBackVerdictSchema = z.object({
  verdictId,
  version,
  comment: text("The comment", VERDICT_LIMITS.comment).pipe(z.string().min(1, "Say what the author should change.")),
});

export const startRevisionSchema = z.object({ verdictId, version });
export const saveRevisionSchema = z.object({ revisionId, version, ...draftFields, note: note.nullish().transform((value) => value ?? "") });
export const submitRevisionSchema = z.object({ revisionId, version, ...completeFields, note: requiredNote });
export const revisionDecisionSchema = z.object({ revisionId, version });
export const sendBackRevisionSchema = z.object({ revisionId, version, comment: sendBackVerdictSchema.shape.comment });

export const retractVerdictSchema = z.object({
  verdictId,
  version,
  reason: text("The reason", VERDICT_LIMITS.reason).pipe(
    z.string().min(10, "Give the public reason for the retraction (at least 10 characters)."),
  ),
});
