import { describe, expect, it } from "vitest";
import { encodeDates, publicTags, reviveDates, withImpliedTags } from "./public-cache";

describe("dates in cached public query results", () => {
  const result = {
    slug: "a-verdict",
    publishedAt: new Date("2026-11-03T10:00:00.000Z"),
    retractedAt: null,
    claim: { text: "2026-01-01T00:00:00.000Z", appearances: [{ article: { publishedAt: new Date("2026-10-01T08:30:00.000Z") } }] },
    revisions: [],
  };

  it("come back as Date objects after a trip through JSON, as the data cache stores them", () => {
    const stored = JSON.parse(JSON.stringify(encodeDates(result)));
    expect(reviveDates(stored)).toEqual(result);
    const revived = reviveDates(stored) as typeof result;
    expect(revived.publishedAt).toBeInstanceOf(Date);
    expect(revived.claim.appearances[0]!.article.publishedAt).toBeInstanceOf(Date);
  });

  it("leave strings that look like dates alone (claim text is untrusted)", () => {
    const revived = reviveDates(JSON.parse(JSON.stringify(encodeDates(result)))) as typeof result;
    expect(revived.claim.text).toBe("2026-01-01T00:00:00.000Z");
  });

  it("keep null, numbers and empty lists as they are", () => {
    expect(reviveDates(encodeDates({ a: null, b: 3, c: [] }))).toEqual({ a: null, b: 3, c: [] });
    expect(reviveDates(encodeDates(null))).toBeNull();
  });
});

describe("refresh tags", () => {
  it("refresh the lists whenever one verdict changes", () => {
    expect(withImpliedTags([publicTags.verdict("v1")])).toEqual(new Set(["verdict:v1", "verdicts"]));
  });

  it("add nothing to other tags", () => {
    expect(withImpliedTags([publicTags.sources, publicTags.sources])).toEqual(new Set(["sources"]));
  });
});
