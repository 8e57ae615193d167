import { z } from "zod";
import { Reliability, SourceKind, SourceStatus } from "@/lib/generated/prisma/enums";
import { toSourceKey } from "./domain";

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");
const sourceId = z.string().trim().min(1, "Choose a source.");

/** An optional text area: blank means none. */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max.toLocaleString("en")} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));

/** Any spelling of a domain or a URL → the source key (lib/sources/domain.ts). */
const domain = z
  .string({ error: "Enter the source's domain, e.g. example.org." })
  .trim()
  .min(1, "Enter the source's domain, e.g. example.org.")
  .max(253, "A domain has at most 253 characters.")
  .transform((value, context) => {
    const key = toSourceKey(value);
    if (!key) {
      context.addIssue({ code: "custom", message: "Enter a domain such as example.org or a link to the site." });
      return z.NEVER;
    }
    return key;
  });

export const sourceFieldsSchema = z.object({
  domain,
  name: z.string().trim().min(2, "Enter at least 2 characters.").max(120, "Use at most 120 characters."),
  kind: z.enum(SourceKind, { error: "Choose what kind of source this is." }),
  reliability: z.enum(Reliability, { error: "Choose a reliability rating." }),
  /** Public: why the reliability is what it is; also the reason reviewers see for a block. */
  reliabilityNote: optionalText(2000, "public note"),
  status: z.enum(SourceStatus, { error: "Choose Active, Watch or Blocked." }),
  /** Staff only. */
  internalNotes: optionalText(5000, "internal notes"),
});

export type SourceFields = z.output<typeof sourceFieldsSchema>;

export const createSourceSchema = sourceFieldsSchema;

export const updateSourceSchema = sourceFieldsSchema.extend({ id: sourceId, version });

export const mergeSourcesSchema = z
  .object({
    survivorId: sourceId,
    survivorVersion: version,
    duplicateId: z.string().trim().min(1, "Choose the duplicate to merge into this source."),
    duplicateVersion: version,
  })
  .refine((data) => data.survivorId !== data.duplicateId, {
    path: ["duplicateId"],
    message: "A source cannot be merged into itself; choose the duplicate.",
  });

export const removeSourceAliasSchema = z.object({ id: sourceId, domain });

/** The registry list's search and filters (`?q=&kind=&reliability=&status=`); unknown values are ignored. */
export const sourceFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  kind: z.enum(SourceKind).optional().catch(undefined),
  reliability: z.enum(Reliability).optional().catch(undefined),
  status: z.enum(SourceStatus).optional().catch(undefined),
});

export type SourceFilters = z.output<typeof sourceFiltersSchema>;
