import { z } from "zod";

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1, "Reload the page and try again.");

export const mergeClaimantsSchema = z
  .object({
    survivorId: z.string().trim().min(1),
    survivorVersion: version,
    duplicateId: z.string().trim().min(1, "Choose the claimant to merge into this one."),
    duplicateVersion: version,
  })
  .refine((data) => data.survivorId !== data.duplicateId, {
    path: ["duplicateId"],
    message: "A claimant cannot be merged into itself; choose the duplicate.",
  });
