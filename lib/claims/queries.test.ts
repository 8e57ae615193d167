import { beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { Prisma } from "@/lib/generated/prisma/client";
import { listClaimsForQueue, parseQueueFilters, queueConditions, queueQuery, type QueueFilters } from "./queries";

const t = useFreshDatabase();
const ids = {} as Record<
  "me" | "other" | "topic" | "source" | "high" | "low" | "mine" | "dismissed" | "drafted" | "awaiting" | "published",
  string
>;

beforeAll(async () => {
  ids.me = (await t.db.user.create({ data: { email: "me@example.test", name: "Me" } })).id;
  ids.other = (await t.db.user.create({ data: { email: "other@example.test", name: "Other" } })).id;
  const topic = await t.db.topic.create({ data: { name: "Transport", slug: "transport" } });
  const source = await t.db.source.create({ data: { domain: "gazette.example", name: "Gazette" } });
  const claimant = await t.db.claimant.create({ data: { name: "Mayor Lina Ortiz", slug: "lina-ortiz" } });
  const article = await t.db.article.create({ data: { title: "Fares", text: "Fares rose.", contentHash: "x", publisherId: source.id } });
  const create = (data: Parameters<typeof t.db.claim.create>[0]["data"]) =>
    t.db.claim.create({ data, select: { id: true } }).then((c) => c.id);
  ids.high = await create({
    text: "High score, in the gazette, about transport",
    checkworthiness: 0.9,
    claimantId: claimant.id,
    topics: { connect: { id: topic.id } },
    appearances: { create: { articleId: article.id, exact: "Fares rose", prefix: "", suffix: ".", start: 0, end: 10 } },
  });
  ids.low = await create({ text: "Low score", checkworthiness: 0.2 });
  ids.mine = await create({ text: "Mine, no score", assigneeId: ids.me, status: "IN_REVIEW" });
  ids.dismissed = await create({ text: "Dismissed", status: "DISMISSED", dismissalReason: "Opinion.", assigneeId: ids.other });
  const verdict = (slug: string, status: "DRAFT" | "AWAITING_APPROVAL" | "PUBLISHED") => ({
    create: { slug, status, authorId: ids.other, publishedAt: status === "PUBLISHED" ? new Date() : null },
  });
  ids.drafted = await create({
    text: "Verdict in draft",
    status: "IN_REVIEW",
    assigneeId: ids.other,
    verdicts: verdict("drafted", "DRAFT"),
  });
  ids.awaiting = await create({
    text: "Verdict awaiting approval",
    status: "IN_REVIEW",
    assigneeId: ids.other,
    verdicts: verdict("awaiting", "AWAITING_APPROVAL"),
  });
  ids.published = await create({
    text: "Published",
    status: "PUBLISHED",
    assigneeId: ids.other,
    verdicts: verdict("published", "PUBLISHED"),
  });
});

const find = async (params: Record<string, string>) => {
  const filters: QueueFilters = parseQueueFilters(params);
  const rows = await t.db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c.id FROM "Claim" c WHERE ${queueConditions(filters, ids.me)}`);
  return rows.map((row) => row.id).sort();
};
const sorted = (...list: string[]) => [...list].sort();

describe("the claim queue's filters", () => {
  it("lists by default what is left to do: no verdict yet or one in draft, not awaiting approval, published or dismissed", async () => {
    expect(await find({})).toEqual(sorted(ids.high, ids.low, ids.mine, ids.drafted));
    expect(await find({ status: "awaiting" })).toEqual([ids.awaiting]);
    expect(await find({ status: "PUBLISHED" })).toEqual([ids.published]);
    expect(await find({ status: "DISMISSED" })).toEqual([ids.dismissed]);
    expect(await find({ status: "all" })).toHaveLength(7);
  });

  it("filters by assignee (me, unassigned, someone), topic, claimant, source and score", async () => {
    expect(await find({ assignee: "me" })).toEqual([ids.mine]);
    expect(await find({ assignee: "unassigned" })).toEqual(sorted(ids.high, ids.low));
    expect(await find({ assignee: ids.other, status: "DISMISSED" })).toEqual([ids.dismissed]);
    expect(await find({ topic: "transport" })).toEqual([ids.high]);
    expect(await find({ claimant: "lina" })).toEqual([ids.high]);
    const source = await t.db.source.findUniqueOrThrow({ where: { domain: "gazette.example" } });
    expect(await find({ source: source.id })).toEqual([ids.high]);
    // Typed in percent, as scores are shown.
    expect(await find({ minScore: "50" })).toEqual([ids.high]);
    expect(await find({ minScore: "10,5" })).toEqual(sorted(ids.high, ids.low));
  });

  it("reads unreadable parameters as their defaults and writes back only what differs", () => {
    const filters = parseQueueFilters({ status: "bogus", sort: "random", minScore: "lots", page: "-3" });
    expect(filters).toMatchObject({ status: "todo", sort: "updated", minScore: null, page: 1 });
    expect(queueQuery(filters).toString()).toBe("");
    expect(queueQuery(parseQueueFilters({ status: "DISMISSED", minScore: "700", assignee: "me" })).toString()).toBe(
      "status=DISMISSED&assignee=me&minScore=100",
    );
  });
});

describe("searching the queue", () => {
  const search = async (params: Record<string, string>) => {
    const result = await listClaimsForQueue(parseQueueFilters(params), ids.me, t.db);
    return { ...result, ids: result.items.map((claim) => claim.id) };
  };

  it("finds claims by their words (any form of them), within the other filters", async () => {
    expect((await search({ q: "gazette" })).ids).toEqual([ids.high]);
    expect((await search({ q: "scores" })).ids).toEqual(expect.arrayContaining([ids.high, ids.low]));
    expect((await search({ q: "score", minScore: "50" })).ids).toEqual([ids.high]);
    expect((await search({ q: "score", claimant: "ortiz" })).ids).toEqual([ids.high]);
    expect((await search({ q: "dismissed" })).ids).toEqual([]);
    expect((await search({ q: "dismissed", status: "DISMISSED" })).ids).toEqual([ids.dismissed]);
  });

  it("adds claims like the words in meaning that do not hold every word, best first", async () => {
    // Not every word is in the claim ("subsidies"), so only the matcher finds it.
    const found = await search({ q: "gazette transport subsidies high score" });
    expect(found.ids[0]).toBe(ids.high);
    expect(found.ids).not.toContain(ids.dismissed);
  });

  it("pages on the server and keeps the words in the page links", async () => {
    for (let i = 0; i < 55; i++) await t.db.claim.create({ data: { text: `Ferry crossing number ${i} was cancelled` } });
    const first = await search({ q: "ferry cancelled" });
    expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2, capped: false });
    expect(first.ids).toHaveLength(50);
    const second = await search({ q: "ferry cancelled", page: "2" });
    expect(second.ids).toHaveLength(5);
    expect(new Set([...first.ids, ...second.ids]).size).toBe(55);
    expect(queueQuery(parseQueueFilters({ q: "ferry", sort: "relevance" })).toString()).toBe("q=ferry");
    expect(queueQuery(parseQueueFilters({ q: "ferry", sort: "created" })).toString()).toBe("q=ferry&sort=created");
    // Without words there is nothing to be relevant to.
    expect(parseQueueFilters({ sort: "relevance" }).sort).toBe("updated");
  });
});
