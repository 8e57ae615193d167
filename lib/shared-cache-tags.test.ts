import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { createTagSync, recordRefreshedTags, type TagSync } from "./shared-cache-tags";

// The shared tag store (docs/decisions/022-shared-public-cache.md) on a real database: what one
// process records, another's sync hands to its cache, once, with the primary's WAL position.

const t = useFreshDatabase();
const expired: string[][] = [];
const positions: bigint[] = [];
let server: TagSync;

beforeAll(async () => {
  await recordRefreshedTags(t.db, ["ratings"]); // before the server started: its cache is empty anyway
  server = createTagSync(
    t.url,
    (tags) => expired.push([...tags].sort()),
    (lsn) => positions.push(lsn),
  );
  await server.sync();
});

afterAll(() => server?.close());

describe("the shared tag store", () => {
  it("starts from the newest refresh, without expiring anything, but with its WAL position", () => {
    expect(expired).toEqual([]);
    expect(positions).toHaveLength(1);
    expect(positions[0]!).toBeGreaterThan(0n);
  });

  it("hands each refresh recorded by any process to the next sync, once", async () => {
    await recordRefreshedTags(t.db, ["verdict:v1", "verdicts", "verdicts"]);
    await server.sync();
    expect(expired).toEqual([["verdict:v1", "verdicts"]]);
    await server.sync();
    expect(expired).toHaveLength(1);

    // A tag refreshed again gets a newer version: seen again.
    await recordRefreshedTags(t.db, ["verdicts"]);
    await Promise.all([server.sync(), server.sync(), server.sync()]);
    expect(expired).toEqual([["verdict:v1", "verdicts"], ["verdicts"]]);
    expect(positions.at(-1)!).toBeGreaterThanOrEqual(positions[0]!);
  });

  it("lets every caller see what was committed before it called, also when reads are under way", async () => {
    const pending = server.sync();
    await recordRefreshedTags(t.db, ["sources"]);
    await server.sync();
    await pending;
    expect(expired.at(-1)).toEqual(["sources"]);
  });

  it("records nothing for no tags", async () => {
    const before = await t.db.publicCacheTag.count();
    await recordRefreshedTags(t.db, []);
    expect(await t.db.publicCacheTag.count()).toBe(before);
  });
});
