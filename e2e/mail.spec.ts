import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createStaffUser, demo, signIn } from "./support/auth";
import { ORG_NAME } from "./support/pages";

// A local SMTP catcher stands in for the newsroom's mail server: the app (configured by
// scripts/test.ts with EMAIL_SERVER=smtp://127.0.0.1:$SMTP_CATCHER_PORT) sends real mail to it:
// sign-in links and invitations. The catcher owns a fixed port: these tests run in one worker, one
// after the other, and only in the desktop project (see e2e/playwright.config.ts).
test.describe.configure({ mode: "serial" });

/** Recipients at this domain are refused by the catcher, as a mail server refuses a bad address. */
const REFUSED_DOMAIN = "refused.factdesk.test";

const received: { to: string; subject: string; text: string }[] = [];
let server: SMTPServer;

test.beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith(`@${REFUSED_DOMAIN}`))
        return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(","),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.SMTP_CATCHER_PORT), "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function mailFor(address: string) {
  await expect.poll(() => received.some((mail) => mail.to === address)).toBe(true);
  return received.findLast((mail) => mail.to === address)!;
}

test("a staff member signs in with an emailed link, which works once", async ({ page, browser }) => {
  await page.goto("/sign-in?callbackUrl=%2Fworkspace%2Farticles");
  await page.getByLabel("Or get a sign-in link by email").fill(demo.reviewer2);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await mailFor(demo.reviewer2);
  const link = mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];
  expect(link, mail.text).toBeTruthy();

  await page.goto(link!);
  await expect(page).toHaveURL(/\/workspace\/articles$/);
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();

  // Used once: the same link in another browser does not sign in.
  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await second.goto(link!);
    // The refusal is shown once; the error then leaves the address, so a reload opens a clean form.
    await expect(second.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
    await expect(second).toHaveURL(/\/sign-in$/);
  } finally {
    await other.close();
  }
});

test("an address without a staff account gets the same answer and no mail", async ({ page }) => {
  const before = received.length;
  await page.goto("/sign-in");
  await page.getByLabel("Or get a sign-in link by email").fill("stranger@example.org");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // A staff address asked for afterwards does get its mail: by the time it arrives, the stranger's
  // request has long been answered, so a mail for them would be here too.
  await page.goto("/sign-in");
  await page.getByLabel("Or get a sign-in link by email").fill(demo.moderator);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await mailFor(demo.moderator);
  // Invitation mails from e2e/invitations.spec.ts, running alongside, may land here too.
  const signInMails = received.slice(before).filter((mail) => !mail.text.includes("/invitations/"));
  expect(signInMails.map((mail) => mail.to)).toEqual([demo.moderator]);
});

/** An admin of this test's own invites someone from the staff page; returns the link shown to them. */
async function invite(page: Page, invitee: { name: string; email: string; role: string }) {
  const admin = await createStaffUser("ADMIN", "mail-inviter");
  await signIn(page, admin.email, admin.password, "/moderation/users");
  await page.getByLabel("Name", { exact: true }).fill(invitee.name);
  await page.getByLabel("Email", { exact: true }).fill(invitee.email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: invitee.role });
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation created for ${invitee.email}.` })).toBeVisible();
  return { admin, link: (await page.getByTestId("invitation-link").innerText()).trim() };
}

test("an invitation is mailed with its one-time link, the same one shown to the inviter", async ({ page, browser }) => {
  test.slow(); // two people
  const tag = randomBytes(3).toString("hex");
  const invitee = { name: `Mila Mailed ${tag}`, email: `mailed-${tag}@factdesk.test`, role: "Moderator" };
  const { admin, link } = await invite(page, invitee);
  await expect(page.getByRole("status").filter({ hasText: "Invitation created" })).toContainText("We emailed them this link.");

  const mail = await mailFor(invitee.email);
  expect(mail.subject).toBe(`You are invited to ${ORG_NAME}`);
  expect(mail.text).toContain(`Hello ${invitee.name},`);
  expect(mail.text).toContain(`${admin.name} invited you to ${ORG_NAME} as moderator.`);
  const mailedLink = mail.text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(mailedLink, mail.text).toBe(link);

  // The invitee opens the mail on their own device. Setting the password and signing in with the
  // link is e2e/invitations.spec.ts's flow; the role an invitation grants, lib/invitations' tests.
  const context = await browser.newContext();
  try {
    const newcomer = await context.newPage();
    await newcomer.goto(mailedLink!);
    await expect(newcomer.getByLabel("Email", { exact: true })).toHaveValue(invitee.email);
    await expect(newcomer.getByLabel("Your name")).toHaveValue(invitee.name);
  } finally {
    await context.close();
  }
});

test("when the mail server refuses an invitation, the inviter is told to pass the link on, and the invitation stands", async ({
  page,
  browser,
}) => {
  test.slow(); // two people
  const tag = randomBytes(3).toString("hex");
  const invitee = { name: `Rhea Refused ${tag}`, email: `refused-${tag}@${REFUSED_DOMAIN}`, role: "Reviewer" };
  const { link } = await invite(page, invitee);
  await expect(page.getByRole("status").filter({ hasText: "Invitation created" })).toContainText(
    "The email could not be sent: pass this link on yourself.",
  );
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId(`invitation-${invitee.email}`)).toBeVisible();
  expect(received.filter((mail) => mail.to === invitee.email)).toEqual([]);

  // The link passed on by hand works.
  const context = await browser.newContext();
  try {
    const newcomer = await context.newPage();
    await newcomer.goto(new URL(link).pathname);
    await expect(newcomer.getByLabel("Email", { exact: true })).toHaveValue(invitee.email);
  } finally {
    await context.close();
  }
});
