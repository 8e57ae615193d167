import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";
import { ROLES } from "@/lib/permissions";

const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);
const userId = z.string().trim().min(1, "Choose a user.");

/** `npm run user:create`: a staff account to create, or to reset (role, name, password) and reactivate. */
export const staffAccountSchema = z.object({
  email: z.email("Enter an email address.").transform((email) => email.trim().toLowerCase()),
  role: z.enum(ROLES, { error: `The role is one of ${ROLES.join(", ")}.` }),
  name: z.string().trim().min(2, "Enter at least 2 characters.").max(80, "Use at most 80 characters.").optional(),
  password: passwordSchema,
});

export const displayNameSchema = z.object({
  name: z.string().trim().min(2, "Enter at least 2 characters.").max(80, "Use at most 80 characters."),
  version,
});

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(ROLES, { error: "Choose Reviewer, Moderator or Admin." }),
  version,
});

export const setActiveSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
  version,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: passwordSchema,
    repeatPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.repeatPassword, { path: ["repeatPassword"], message: "The two new passwords differ." });

/** One of one's own sessions, to end from the profile page. */
export const endSessionSchema = z.object({ sessionId: z.string({ error: "Choose a session." }).trim().min(1, "Choose a session.") });
