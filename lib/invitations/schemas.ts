import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";
import { ROLES } from "@/lib/permissions";
import { displayNameSchema } from "@/lib/users/schemas";

/** The name rules of the profile page, so that an invited person's name obeys the same ones. */
const name = displayNameSchema.shape.name;

export const inviteSchema = z.object({
  name,
  email: z
    .string({ error: "Enter an email address like name@example.org." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter an email address like name@example.org." }).max(254, "Use at most 254 characters.")),
  role: z.enum(ROLES, { error: "Choose Reviewer, Moderator or Admin." }),
});

export const revokeInvitationSchema = z.object({ invitationId: z.string().trim().min(1, "Choose an invitation.") });

/** The accept page: the same password rules as the profile page (lib/auth/password.ts). */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1, "This invitation link is incomplete."),
    name,
    password: passwordSchema,
    repeatPassword: z.string(),
  })
  .refine((data) => data.password === data.repeatPassword, { path: ["repeatPassword"], message: "The two passwords differ." });
