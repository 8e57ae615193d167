import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { insertPublishedVerdict } from "./support/db";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

test("a moderator invites a reviewer, whose link sets a password once; the new reviewer signs in", async ({ page, browser }, testInfo) => {
  test.slow(); // two people, several pages
  const moderator = await createStaffUser("MODERATOR", "inviter");
  const invitee = {
    name: `Ines Invited ${randomBytes(3).toString("hex")}`,
    email: `invitee-${randomBytes(4).toString("hex")}@factdesk.test`,
    password: "a new long password",
  };

  await signIn(page, moderator.email, moderator.password, "/moderation/users");
  // Moderators may grant the reviewer role only.
  await expect(page.getByLabel("Role", { exact: true }).locator("option")).toHaveText(["Reviewer"]);
  await page.getByLabel("Name", { exact: true }).fill(invitee.name);
  await page.getByLabel("Email", { exact: true }).fill(invitee.email);
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const link = (await page.getByTestId("invitation-link").innerText()).trim();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId(`invitation-${invitee.email}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);
  await screenshot(page, testInfo, "staff-invite");

  const context = await browser.newContext();
  try {
    const newcomer = await context.newPage();
    await newcomer.goto(new URL(link).pathname);
    await expect(newcomer.getByRole("heading", { name: /^Join / })).toBeVisible();
    await expect(newcomer.getByLabel("Email", { exact: true })).toHaveValue(invitee.email);
    await expectNoAxeViolations(newcomer);
    await screenshot(newcomer, testInfo, "invitation-accept");

    await newcomer.getByLabel("Password (at least 12 characters)").fill("too short");
    await newcomer.getByLabel("Repeat the password").fill("too short");
    await newcomer.getByRole("button", { name: "Create my account" }).click();
    await expect(newcomer.getByText("Use at least 12 characters.")).toBeVisible();

    await newcomer.getByLabel("Your name").fill(invitee.name);
    await newcomer.getByLabel("Password (at least 12 characters)").fill(invitee.password);
    await newcomer.getByLabel("Repeat the password").fill(invitee.password);
    await newcomer.getByRole("button", { name: "Create my account" }).click();
    await expect(newcomer.getByRole("status")).toContainText("Your account is ready");

    await signIn(newcomer, invitee.email, invitee.password);
    await expect(newcomer.getByRole("heading", { level: 1, name: "Claim queue" })).toBeVisible();

    // The link works once.
    await newcomer.goto(new URL(link).pathname);
    await expect(newcomer.getByRole("main").getByRole("alert")).toContainText("already used");
    await expect(newcomer.getByLabel("Password (at least 12 characters)")).toHaveCount(0);
  } finally {
    await context.close();
  }

  // The account is listed, with its activity page.
  await page.goto("/moderation/users");
  await expect(page.getByTestId(`invitation-${invitee.email}`)).toHaveCount(0);
  await page.getByTestId(`staff-${invitee.email}`).getByRole("link", { name: invitee.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: invitee.name })).toBeVisible();
  await expect(page.getByText("accepted an invitation")).toBeVisible();
});

test("a revoked invitation link says so", async ({ page, browser }) => {
  test.slow(); // two people
  const moderator = await createStaffUser("MODERATOR", "revoker");
  const email = `revoked-${randomBytes(4).toString("hex")}@factdesk.test`;
  await signIn(page, moderator.email, moderator.password, "/moderation/users");
  await page.getByLabel("Name", { exact: true }).fill("Rev Oked");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const link = (await page.getByTestId("invitation-link").innerText()).trim();
  await page
    .getByTestId(`invitation-${email}`)
    .getByRole("button", { name: `Revoke the invitation for ${email}` })
    .click();
  await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(new URL(link).pathname);
    await expect(other.getByRole("main").getByRole("alert")).toContainText("withdrawn");
  } finally {
    await context.close();
  }
});

test("a deactivated reviewer's work stays attributed: their verdict still names them", async ({ page }) => {
  const reviewer = await createStaffUser("REVIEWER", "leaver");
  const slug = `e2e-attribution-${randomBytes(4).toString("hex")}`;
  await insertPublishedVerdict({
    slug,
    claimText: `A claim checked by ${reviewer.name}`,
    conclusion: "Checked before they left.",
    authorId: reviewer.id,
  });

  const admin = await createStaffUser("ADMIN", "attribution");
  await signIn(page, admin.email, admin.password, "/moderation/users");
  const row = page.getByTestId(`staff-${reviewer.email}`);
  await row.getByRole("button", { name: `Deactivate ${reviewer.name}` }).click();
  await expect(row.getByText("Deactivated")).toBeVisible();
  await row.getByRole("link", { name: reviewer.name }).click();
  await expect(page.getByText(`Attributed to ${reviewer.name}: 1 verdict written`)).toBeVisible();
  await expect(page.getByText("user.deactivate")).toHaveCount(0); // their own activity, not what was done to them

  await page.goto(`/verdicts/${slug}`);
  await expect(page.getByRole("main")).toContainText(reviewer.name);
});
