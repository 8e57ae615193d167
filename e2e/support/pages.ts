import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** The app's public origin and organisation, as `npm test` configures the server. */
export const SITE_URL = (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
export const ORG_NAME = process.env.ORG_NAME ?? "Factdesk";

export const screenshotPath = (testInfo: TestInfo, name: string) =>
  path.join(__dirname, "..", "..", "test-results", "screenshots", `${testInfo.project.name}-${name}.png`);

/** Full-page screenshots for people to look at: test-results/screenshots/<project>-<name>.png */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: screenshotPath(testInfo, name), fullPage: true });
}

export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation the new page's <title> is streamed in after its content.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** The newest published verdict as the home page shows it: its claim and its page's path. */
export async function newestVerdictOnHome(page: Page): Promise<{ claim: string; path: string }> {
  await page.goto("/");
  const card = page.locator("main article").first();
  const link = card.getByRole("heading", { level: 2 }).getByRole("link");
  const claim = (await link.innerText()).replace(/^“|”$/g, "");
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/verdicts\/[a-z0-9-]+$/);
  return { claim, path: href! };
}

/**
 * Serves one HTML page from another origin (127.0.0.1 on a free port, where the app is on
 * SITE_URL's host): "another site" that embeds our pages. A real loopback server, not an
 * intercepted route, so that Chromium's local-network checks treat both sides alike.
 */
export async function serveOtherSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Nothing on the page scrolls sideways at this width: neither the page itself nor a box inside it
 * (such as a table's scrolling wrapper), so a phone shows everything by scrolling down only.
 */
export async function expectNoSidewaysScrolling(page: Page) {
  const overflowing = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) found.push(`the page: ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === "auto" || overflowX === "scroll") && element.scrollWidth > element.clientWidth + 1) {
        const name = element.getAttribute("aria-label") ?? element.id ?? "";
        found.push(`<${element.tagName.toLowerCase()}> ${name}: ${element.scrollWidth}px wide in ${element.clientWidth}px`);
      }
    }
    return found;
  });
  expect(overflowing).toEqual([]);
}
