import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { waitForHydration } from "./support/hydration";

// Issue 16, item 14: a real Content-Security-Policy (scripts from the site and inline scripts by
// hash only) that the app lives with: no violation in the console on the main pages, public
// verdict pages still cached, the embeds still framable (e2e/frame-headers.spec.ts).

const verdictPath = "/verdicts/measles-cases-fell-four-fifths-2025";

/** Console messages about the policy (Chromium reports each refused script, style or frame). */
function policyViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) found.push(message.text());
  });
  return found;
}

test("public pages carry the policy without a nonce and stay cacheable", async ({ request }) => {
  const first = (await request.get(verdictPath)).headers(); // the first request may render and store the page
  const response = await request.get(verdictPath);
  const headers = response.headers();
  // The same cached page, the same policy: nothing in it changes per request.
  expect(headers["content-security-policy"]).toBe(first["content-security-policy"]);
  const scriptSrc = headers["content-security-policy"]!.split("; ").find((directive) => directive.startsWith("script-src "))!;
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(headers["content-security-policy"]).not.toContain("nonce");
  expect(headers["x-nextjs-cache"]).toBe("HIT");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  // SITE_URL is http in the tests: no HSTS (lib/security-headers.test.ts covers https).
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("no policy violations on the main public pages, and their scripts run", async ({ page }) => {
  const violations = policyViolations(page);
  const nextScripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script" && new URL(request.url()).pathname.startsWith("/_next/")) nextScripts.push(request.url());
  });
  // Reading pages come without Next.js's scripts (docs/decisions/032-pages-without-scripts.md):
  // their own small scripts run, and the page's data is not sent twice.
  await page.goto(verdictPath);
  await expect(page.getByRole("button", { name: "Copy embed code" })).toBeVisible();
  for (const path of ["/search?q=measles", "/", "/embed/verdicts/measles-cases-fell-four-fifths-2025"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  expect(nextScripts).toEqual([]);
  // A page with a client form keeps them, and React hydrates it: it needs the page's inline
  // scripts (its data), which only the policy's hashes allow.
  await page.goto("/submit");
  await page.waitForLoadState("networkidle");
  await waitForHydration(page.locator("body"));
  expect(nextScripts.length).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("no policy violations on sign-in and in the workspace; signing in (JavaScript) works", async ({ page }) => {
  const violations = policyViolations(page);
  await signIn(page, demo.reviewer);
  await page.goto("/workspace/profile");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  expect(violations).toEqual([]);
});
