import type { Locator, Page, Route } from "@playwright/test";

/**
 * Opens `path` with the page's JavaScript held back, so that a test can type into the server's
 * HTML as a fast person does before React hydrates it; `release` lets the scripts load.
 */
export async function openBeforeHydration(page: Page, path: string): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => (holding ? held.push(route) : route.fallback()));
  await page.goto(path, { waitUntil: "domcontentloaded" });
  return {
    release: async () => {
      holding = false;
      await Promise.all(held.splice(0).map((route) => route.fallback()));
    },
  };
}

/** Waits until React has hydrated the element (React keeps its fiber on every hydrated node). */
export async function waitForHydration(locator: Locator) {
  await locator.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const check = () => (Object.keys(element).some((key) => key.startsWith("__reactFiber")) ? resolve() : setTimeout(check, 50));
        check();
      }),
  );
}
