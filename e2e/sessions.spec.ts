import { expect, test } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";

// Issue 16, item 13: signing out ends the session on the server. A copy of the session cookie
// taken before signing out (a shared computer, a stolen cookie) is refused after it, while the
// person's other browsers stay signed in; staff see and end their other sessions on their profile.

test("a session cookie copied before signing out is refused after it; other browsers stay signed in", async ({ browser }) => {
  const person = await createStaffUser("REVIEWER", "sessions");
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, person.email, person.password);
  await signIn(phonePage, person.email, person.password);
  const copied = await laptop.cookies();
  expect(copied.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

  await laptopPage.getByRole("button", { name: "Sign out" }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in\?signedOut=1/);

  // The copied cookie, in a browser of its own, no longer opens the workspace.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/workspace");
  await expect(thiefPage).toHaveURL(/\/sign-in\?/);

  // The phone is still signed in.
  await phonePage.goto("/workspace/profile");
  await expect(phonePage.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await Promise.all([laptop.close(), phone.close(), thief.close()]);
});

test("staff see where they are signed in and sign out another browser from their profile", async ({ browser }) => {
  const person = await createStaffUser("REVIEWER", "sessions-list");
  const desk = await browser.newContext({ userAgent: "Desk browser (E2E)" });
  const other = await browser.newContext({ userAgent: "Forgotten library computer (E2E)" });
  const deskPage = await desk.newPage();
  const otherPage = await other.newPage();
  await signIn(otherPage, person.email, person.password);
  await signIn(deskPage, person.email, person.password, "/workspace/profile");

  const list = deskPage.getByRole("region", { name: "Where you are signed in" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: "Desk browser (E2E)" })).toContainText("(this browser)");
  const forgotten = list.getByRole("listitem").filter({ hasText: "Forgotten library computer (E2E)" });
  await forgotten.getByRole("button", { name: /Sign out/ }).click();
  await expect(list.getByText("That browser is signed out.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await otherPage.goto("/workspace");
  await expect(otherPage).toHaveURL(/\/sign-in\?/);
  await deskPage.goto("/workspace");
  await expect(deskPage).toHaveURL(/\/workspace$/);
  await Promise.all([desk.close(), other.close()]);
});
