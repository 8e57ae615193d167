import { expect, test, type APIRequestContext } from "@playwright/test";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { rows } from "./support/db";

// Every answer is validated against the schemas in the OpenAPI document the app itself serves,
// so a route that drifts from its documentation fails here.

type Validators = { list: ValidateFunction; item: ValidateFunction; error: ValidateFunction };
let validators: Validators;

async function loadValidators(request: APIRequestContext): Promise<Validators> {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(["/verdicts", "/verdicts/{id}"]);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "openapi.json", components: document.components });
  const compile = (name: string) => ajv.compile({ $ref: `openapi.json#/components/schemas/${name}` });
  return { list: compile("VerdictList"), item: compile("Verdict"), error: compile("Error") };
}

function expectValid(validate: ValidateFunction, body: unknown) {
  const valid = validate(body);
  expect(validate.errors ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
  expect(valid).toBe(true);
}

test.beforeAll(async ({ request }) => {
  validators = await loadValidators(request);
});

test.describe("read API", () => {
  test("lists published verdicts newest first, with CORS and cache headers", async ({ request, baseURL }) => {
    const response = await request.get("/api/v1/verdicts");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expectValid(validators.list, body);
    expect(body.items.length).toBeGreaterThanOrEqual(4);
    const dates = body.items.map((item: { publishedAt: string }) => item.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of body.items) {
      expect(item.url).toBe(`${baseURL}/verdicts/${item.slug}`);
      if (item.status === "retracted") {
        expect(item.claimReview).toBeNull();
        continue;
      }
      expect(item.status).toBe("published");
      expect(item.claimReview.url).toBe(item.url);
      expect(item.claimReview.claimReviewed).toBe(item.claim.text);
    }
  });

  test("pages through every published and retracted verdict with the cursor, without duplicates", async ({ request }) => {
    // Verdicts other tests create and retract meanwhile (slugs e2e-…) are left out on both sides.
    const [published] = await rows<{ count: string }>(
      `SELECT count(*) FROM "Verdict" WHERE status IN ('PUBLISHED', 'RETRACTED') AND slug NOT LIKE 'e2e-%'`,
    );
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: Awaited<ReturnType<APIRequestContext["get"]>> = await request.get("/api/v1/verdicts", {
        params: cursor ? { limit: 2, cursor } : { limit: 2 },
      });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { items: { id: string; slug: string }[]; nextCursor: string | null };
      expectValid(validators.list, body);
      expect(body.items.length).toBeLessThanOrEqual(2);
      ids.push(...body.items.filter((item) => !item.slug.startsWith("e2e-")).map((item) => item.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(cursor).toBeNull();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Number(published!.count));
  });

  test("searches and filters with the same parameters as /search", async ({ request }) => {
    const search = await (await request.get("/api/v1/verdicts", { params: { q: "measles" } })).json();
    expectValid(validators.list, search);
    expect(search.items.length).toBeGreaterThanOrEqual(1);
    expect(search.items[0].claim.text.toLowerCase()).toContain("measles");

    const health = await (await request.get("/api/v1/verdicts", { params: { topic: "health" } })).json();
    expectValid(validators.list, health);
    expect(health.items.length).toBeGreaterThanOrEqual(1);
    for (const item of health.items) expect(item.topics.map((t: { slug: string }) => t.slug)).toContain("health");

    const none = await (await request.get("/api/v1/verdicts", { params: { claimant: "nobody-at-all" } })).json();
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  test("returns one verdict by id, the same as in the list", async ({ request }) => {
    const list = await (await request.get("/api/v1/verdicts", { params: { limit: 1 } })).json();
    const [first] = list.items;
    const response = await request.get(`/api/v1/verdicts/${first.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const item = await response.json();
    expectValid(validators.item, item);
    expect(item).toEqual(first);
  });

  test("a retracted verdict is an item with its retraction and no ClaimReview, and stays listed as retracted", async ({ request }) => {
    const [retracted] = await rows<{ id: string }>(`SELECT id FROM "Verdict" WHERE status = 'RETRACTED' AND slug NOT LIKE 'e2e-%' LIMIT 1`);
    expect(retracted, "the demo data has a retracted verdict").toBeDefined();
    const response = await request.get(`/api/v1/verdicts/${retracted!.id}`);
    expect(response.status()).toBe(200);
    const item = await response.json();
    expectValid(validators.item, item);
    expect(item.status).toBe("retracted");
    expect(item.claimReview).toBeNull();
    expect(item.retraction.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(item.retraction.reason).toMatch(/\w/);

    // The list keeps it, the same as by id, so that a copy elsewhere learns of the retraction.
    const list = await (await request.get("/api/v1/verdicts", { params: { limit: 100 } })).json();
    expectValid(validators.list, list);
    expect(list.items.find((i: { id: string }) => i.id === retracted!.id)).toEqual(item);
  });

  test("an unknown or unpublished verdict is a 404 JSON error", async ({ request }) => {
    const [draft] = await rows<{ id: string }>(`SELECT id FROM "Verdict" WHERE status IN ('DRAFT', 'AWAITING_APPROVAL') LIMIT 1`);
    for (const id of ["no-such-verdict", draft!.id]) {
      const response = await request.get(`/api/v1/verdicts/${id}`);
      expect(response.status(), id).toBe(404);
      const body = await response.json();
      expectValid(validators.error, body);
      expect(body.error.code).toBe("not_found");
    }
  });

  test("invalid parameters are a 400 naming each one", async ({ request }) => {
    const cases: [Record<string, string>, string[]][] = [
      [{ limit: "0" }, ["limit"]],
      [{ limit: "101" }, ["limit"]],
      [{ limit: "ten" }, ["limit"]],
      [{ cursor: "not-a-cursor" }, ["cursor"]],
      [{ rating: "False!", from: "2026-13-45" }, ["rating", "from"]],
      [{ from: "2026-05-01", to: "2026-04-01" }, ["to"]],
      [{ source: "not a domain" }, ["source"]],
    ];
    for (const [params, names] of cases) {
      const response = await request.get("/api/v1/verdicts", { params });
      expect(response.status(), JSON.stringify(params)).toBe(400);
      const body = await response.json();
      expectValid(validators.error, body);
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.details.map((d: { param: string }) => d.param)).toEqual(names);
    }
  });

  test("answers 304 to a matching If-None-Match and allows cross-origin GETs", async ({ request }) => {
    // One demo verdict, which no other test changes: the latest-verdicts list changes whenever a
    // test running in parallel publishes one, and then its ETag rightly changes too.
    const [demo] = await rows<{ id: string }>(
      `SELECT id FROM "Verdict" WHERE status = 'PUBLISHED' AND slug NOT LIKE 'e2e-%' ORDER BY slug LIMIT 1`,
    );
    expect(demo, "the demo data has a published verdict").toBeDefined();
    const url = `/api/v1/verdicts/${demo!.id}`;
    const first = await request.get(url);
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get(url, { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers()["etag"]).toBe(etag);
    const other = await request.get(url, { headers: { "If-None-Match": '"something-else"' } });
    expect(other.status()).toBe(200);

    const preflight = await request.fetch("/api/v1/verdicts", {
      method: "OPTIONS",
      headers: {
        Origin: "https://elsewhere.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
  });
});
