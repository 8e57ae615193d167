import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { insertPublishedVerdict } from "./support/db";
import { screenshotPath } from "./support/pages";

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("a verdict page links its Open Graph image: a 1200×630 PNG; an unknown verdict's image is a 404", async ({
  page,
  request,
}, testInfo) => {
  const slug = "household-electricity-bills-fell-21-per-cent";
  await page.goto(`/verdicts/${slug}`);
  const og = page.locator('head meta[property="og:image"]');
  const imageUrl = await og.getAttribute("content");
  expect(imageUrl).toContain(`/verdicts/${slug}/opengraph-image`);
  await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('head meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute("content", /\w/);

  const image = await request.get(imageUrl!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const bytes = await image.body();
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  const file = screenshotPath(testInfo, "og-image");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);

  const unknown = await request.get(new URL(imageUrl!).pathname.replace(slug, "no-such-verdict"));
  expect(unknown.status()).toBe(404);
});

test(
  "a claim with emoji and scripts the share font lacks still gets its image, without fetching fonts",
  { tag: "@http" },
  async ({ request }, testInfo) => {
    const token = `${testInfo.project.name}-${randomBytes(4).toString("hex")}`;
    const slug = `e2e-og-${token}`;
    await insertPublishedVerdict({
      slug,
      claimText: `Η Βαλορία 🚀 doubled its defence budget, 日本語 ${token}`,
      conclusion: "It did not.",
    });
    const page = await request.get(`/verdicts/${slug}`);
    const imageUrl = (await page.text()).match(/property="og:image" content="([^"]+)"/)?.[1];
    expect(imageUrl).toBeTruthy();
    const image = await request.get(imageUrl!.replace(/&amp;/g, "&"));
    expect(image.status()).toBe(200);
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  },
);
