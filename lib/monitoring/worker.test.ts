import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { articleHtml, rssFeed, startNewsSite, type NewsSite } from "@/scripts/testing/news-site";
import { startWorkerProcess, waitFor, type WorkerProcess } from "@/scripts/testing/workers";

const t = useFreshDatabase();
let site: NewsSite;
let sourceId: string;
const running: WorkerProcess[] = [];

beforeAll(async () => {
  site = await startNewsSite();
  sourceId = (await t.db.source.create({ data: { name: "Valdor Courier", domain: "127.0.0.1", kind: "NEWS" } })).id;
});

afterAll(async () => {
  await Promise.all(running.map((worker) => worker.stop("SIGKILL")));
  await site?.close();
});

async function worker() {
  const started = await startWorkerProcess(t.url, site.hostPort);
  running.push(started);
  return started;
}

describe("worker processes", () => {
  it("two workers on one database never fetch the same article twice", async () => {
    const shared = Array.from({ length: 24 }, (_, i) => `/two/shared-${i}`);
    const own = (feed: string) => Array.from({ length: 6 }, (_, i) => `/two/${feed}-${i}`);
    for (const [i, p] of [...shared, ...own("x"), ...own("y")].entries()) site.route(p, { html: articleHtml(200 + i) });
    site.route("/two/x.xml", { feed: rssFeed(site.origin, [...shared, ...own("x")]) });
    site.route("/two/y.xml", { feed: rssFeed(site.origin, [...own("y"), ...shared.toReversed()]) });
    await t.db.feed.createMany({
      data: [
        { sourceId, url: `${site.origin}/two/x.xml` },
        { sourceId, url: `${site.origin}/two/y.xml` },
      ],
    });

    const [a, b] = await Promise.all([worker(), worker()]);
    await waitFor(
      "every item is ingested",
      async () => (await t.db.feedItem.count({ where: { state: { not: "INGESTED" } } })) === 0 && (await t.db.feedItem.count()) === 60,
    );
    const articlePaths = [...site.hits.entries()].filter(([p]) => p.startsWith("/two/") && !p.endsWith(".xml"));
    expect(articlePaths).toHaveLength(36);
    expect(articlePaths.filter(([, hits]) => hits !== 1)).toEqual([]);
    expect(await t.db.article.count()).toBe(36);
    await Promise.all([a.stop(), b.stop()]);
    expect(a.output()).toMatch(/\[worker\] stopped/);
  }, 120_000);

  it("a worker killed with SIGKILL mid-job leaves no half-ingested article, and the job runs again", async () => {
    const held: http.ServerResponse[] = [];
    let answer = false;
    site.route("/kill/story", (_request, response) => {
      if (!answer) {
        held.push(response); // the first worker waits for this page until it is killed
        return;
      }
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(articleHtml(900));
    });
    site.route("/kill.xml", { feed: rssFeed(site.origin, ["/kill/story"]) });
    await t.db.feed.create({ data: { sourceId, url: `${site.origin}/kill.xml` } });

    const first = await worker();
    await waitFor("the first worker is fetching the article", async () => held.length === 1);
    await first.stop("SIGKILL");
    const url = `${site.origin}/kill/story`;
    expect(await t.db.article.count({ where: { url } })).toBe(0);
    expect(await t.db.feedItem.findFirstOrThrow({ where: { url } })).toMatchObject({ state: "PENDING", articleId: null });

    answer = true;
    await worker();
    await waitFor("the job ran again", async () => (await t.db.feedItem.findFirstOrThrow({ where: { url } })).state === "INGESTED", 60_000);
    const article = await t.db.article.findUniqueOrThrow({ where: { url }, include: { _count: { select: { suggestions: true } } } });
    expect(article._count.suggestions).toBeGreaterThan(0);
    expect(site.hits.get("/kill/story")).toBe(2);
  }, 120_000);
});
