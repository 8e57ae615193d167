import { expect, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { randomBytes, randomUUID } from "node:crypto";
import { query } from "./db";

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
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, "\\$&")}$`));
  // Let the page hydrate before a test goes on: forms keep what is typed before then
  // (e2e/typed-before-hydration.spec.ts), but their live parts (previews, hints) start with it.
  await page.waitForLoadState("networkidle");
}

/**
 * A staff account of its own for a test that changes accounts (so that tests running in parallel
 * never deactivate each other's users), created in the test database the app is using.
 */
export async function createStaffUser(role: "REVIEWER" | "MODERATOR" | "ADMIN", label: string) {
  const suffix = randomBytes(4).toString("hex");
  const user = {
    id: randomUUID(),
    email: `${label}-${suffix}@factdesk.test`,
    name: `Test ${label} ${suffix}`,
    password: `pw-${randomBytes(8).toString("hex")}`,
  };
  await query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    user.id,
    user.email,
    user.name,
    role,
    await hash(user.password),
  ]);
  return user;
}
