import { expect, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { demo } from "./support/auth";

// A local SMTP catcher stands in for the newsroom's mail server: the app (configured by
// scripts/test.ts with EMAIL_SERVER=smtp://127.0.0.1:$SMTP_CATCHER_PORT) sends real mail to it.
// The catcher owns a fixed port: these tests run in one worker, one after the other, and only in
// the desktop project (see e2e/playwright.config.ts).
test.describe.configure({ mode: "serial" });

const received: { to: string; text: string }[] = [];
let server: SMTPServer;

test.beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text: mail.text ?? "" });
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
  await expect.poll(() => received.some((mail) => mail.to === address), { timeout: 15_000 }).toBe(true);
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
    await expect(second).toHaveURL(/\/sign-in\?.*error=Verification/);
    await expect(second.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
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
