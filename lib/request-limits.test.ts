import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_TEXT, PASTED_ARTICLE_LIMITS } from "@/lib/articles/schemas";
import { SUBMISSION_LIMITS } from "@/lib/submissions/schemas";
import { formBytes, SERVER_ACTION_BODY_LIMIT_BYTES } from "./request-limits";

const require = createRequire(import.meta.url);
const nextConfig = require("../next.config.js") as { experimental?: { serverActions?: { bodySizeLimit?: string } } };

/** A form with every field at its longest, in the widest UTF-8 text a field can hold (3 bytes a character). */
function fullestForm(limits: Record<string, number>): FormData {
  const form = new FormData();
  for (const [field, max] of Object.entries(limits)) form.set(field, "事".repeat(max));
  return form;
}

describe("server action body limit (issue 16, item 10)", () => {
  it("is what next.config.js gives Next.js, in bytes", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(`${SERVER_ACTION_BODY_LIMIT_BYTES / (1024 * 1024)}mb`);
  });

  it("fits the fullest pasted article and tipline submission, whatever their script", () => {
    expect(PASTED_ARTICLE_LIMITS.text).toBe(MAX_ARTICLE_TEXT);
    expect(formBytes(fullestForm(PASTED_ARTICLE_LIMITS))).toBeGreaterThan(1024 * 1024); // more than Next's default
    expect(formBytes(fullestForm(PASTED_ARTICLE_LIMITS))).toBeLessThan(SERVER_ACTION_BODY_LIMIT_BYTES);
    expect(formBytes(fullestForm(SUBMISSION_LIMITS))).toBeLessThan(SERVER_ACTION_BODY_LIMIT_BYTES);
  });

  it("counts UTF-8 bytes and CRLF line breaks as browsers send them", () => {
    const form = new FormData();
    form.set("t", "a\nb事");
    expect(formBytes(form)).toBe(100 + 1 + 1 + 2 + 1 + 3);
  });
});
