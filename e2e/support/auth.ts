import { expect, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

export const DEMO_PASSWORD = "factdesk-demo";
export const demo = {
  admin: "admin@factdesk.example",
  moderator: "moderator@factdesk.example",
  reviewer: "reviewer@factdesk.example",
  reviewer2: "reviewer2@factdesk.example",
} as const;

/** Signs in through the real sign-in page and waits for the page it returns to. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/workspace") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, "\\$&")}$`));
}

/**
 * A staff account of its own for a test that changes accounts (so that tests running in parallel
 * never deactivate each other's users), created in the test database the app is using.
 */
export async function createStaffUser(role: Role, label: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const email = `${label}-${randomBytes(4).toString("hex")}@factdesk.test`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    const user = await db.user.create({ data: { email, name: `Test ${label} ${email.slice(-18, -14)}`, role, passwordHash: await hash(password) } });
    return { email, password, name: user.name, id: user.id };
  } finally {
    await db.$disconnect();
  }
}
