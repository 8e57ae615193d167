import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { waitFor } from "@/scripts/testing/workers";
import { POST } from "@/app/api/internal/revalidate/route";
import { listenForRevalidation, notifier, REVALIDATE_HEADER, REVALIDATE_TOKEN_ENV } from "./revalidate";

const t = useFreshDatabase();
const pools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

describe("page-cache refresh across processes", () => {
  it("a worker's refresh reaches the web server's listener once its notification is sent", async () => {
    const heard: string[][] = [];
    const listener = listenForRevalidation(t.url, (tags) => heard.push(tags));
    const pool = new pg.Pool({ connectionString: t.url, max: 1 });
    pools.push(pool);
    try {
      const refresh = notifier(pool);
      // The listener connects in the background: send until it hears one.
      await waitFor("the listener hears the refresh", async () => {
        refresh(["verdict:abc", "verdict:abc", "sources"]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return heard.length > 0;
      });
      expect(heard[0]).toEqual(["verdict:abc", "sources"]);
    } finally {
      await listener.stop();
    }
  });

  it("the internal route refreshes only for a request carrying the server's token", async () => {
    process.env[REVALIDATE_TOKEN_ENV] = "t".repeat(48);
    const request = (token: string, body: unknown) =>
      new Request("http://127.0.0.1/api/internal/revalidate", {
        method: "POST",
        headers: { [REVALIDATE_HEADER]: token },
        body: JSON.stringify(body),
      });
    expect((await POST(request("x".repeat(48), ["verdicts"]))).status).toBe(404);
    expect((await POST(request("", ["verdicts"]))).status).toBe(404);
    expect((await POST(request("t".repeat(48), { tags: 1 }))).status).toBe(400);
    expect((await POST(request("t".repeat(48), ["verdicts"]))).status).toBe(204);
    delete process.env[REVALIDATE_TOKEN_ENV];
  });
});
