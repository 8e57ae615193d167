import { randomBytes } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { getTrackingStatus } from "./queries";
import { createSubmissionLimiter, type SubmissionLimiter } from "./rate-limit";
import { submitClaim } from "./submit";
import { hashToken } from "./tracking";

const t = useFreshDatabase();
let pool: Pool;
let limiter: SubmissionLimiter;
// The app's default: 5 submissions per address per hour (lib/env.ts SUBMISSIONS_PER_HOUR).
const PER_HOUR = 5;

beforeAll(() => {
  pool = new Pool({ connectionString: t.url, max: 2 });
  limiter = createSubmissionLimiter(pool, `test-${randomBytes(3).toString("hex")}`, PER_HOUR);
});
afterAll(async () => {
  await pool?.end();
});

let address = 0;
const newIp = () => `198.51.100.${++address}`;
const tip = (text: string, extra: Record<string, string> = {}) => ({
  claimText: text,
  url: "",
  contactEmail: "",
  reason: "",
  website: "",
  ...extra,
});
const submit = (input: unknown, ip: string) => submitClaim(input, { db: t.db, limiter, ip });

describe("public submissions", () => {
  it("stores the tip with a hashed tracking token and an audit event that never holds the contact", async () => {
    const result = await submit(
      tip("The harbour bridge toll doubled in 2025, says a leaflet.", {
        contactEmail: "reader@example.net",
        reason: "Seen at the bus stop.",
        url: "https://example.org/leaflet",
      }),
      newIp(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.trackingPath).toBe(`/submissions/${result.data.trackingToken}`);
    const row = await t.db.submission.findUniqueOrThrow({ where: { trackingTokenHash: hashToken(result.data.trackingToken) } });
    expect(row).toMatchObject({
      status: "NEW",
      contactEmail: "reader@example.net",
      url: "https://example.org/leaflet",
      reason: "Seen at the bus stop.",
    });
    expect(await t.db.submission.count({ where: { trackingTokenHash: result.data.trackingToken } })).toBe(0);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "submission.create" } });
    expect(event.actorId).toBeNull();
    expect(JSON.stringify([event.before, event.after])).not.toContain("reader@example.net");
    expect(await getTrackingStatus(result.data.trackingToken, t.db)).toMatchObject({ state: "received", claimText: expect.any(String) });
  });

  it("answers bad input with field messages and writes nothing", async () => {
    const before = await t.db.submission.count();
    const result = await submit(tip("short", { url: "javascript:alert(1)", contactEmail: "not-an-address" }), newIp());
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        claimText: [expect.stringContaining("at least 10")],
        url: [expect.stringContaining("http")],
        contactEmail: [expect.stringContaining("email")],
      },
    });
    expect(await t.db.submission.count()).toBe(before);
  });

  it(`accepts ${PER_HOUR} submissions an hour from one address and refuses the next; another address is unaffected`, async () => {
    const ip = newIp();
    for (let i = 1; i <= PER_HOUR; i++) {
      expect((await submit(tip(`Rate limit claim number ${i} from one reader`), ip)).ok, `submission ${i}`).toBe(true);
    }
    const refused = await submit(tip("Rate limit claim one too many from one reader"), ip);
    expect(refused).toMatchObject({ ok: false, status: 429, message: expect.stringContaining("wait") });
    expect(await t.db.submission.count({ where: { claimText: { startsWith: "Rate limit claim one too many" } } })).toBe(0);
    expect((await submit(tip("Rate limit claim from a different reader"), newIp())).ok).toBe(true);
  });

  it("quietly discards a submission whose honeypot is filled: it looks accepted, but no row or event is written", async () => {
    const submissions = await t.db.submission.count();
    const events = await t.db.auditEvent.count();
    const result = await submit(tip("Buy cheap followers now at our wonderful shop", { website: "https://spam.example" }), newIp());
    expect(result).toMatchObject({ ok: true, data: { trackingToken: expect.any(String) } });
    expect(await t.db.submission.count()).toBe(submissions);
    expect(await t.db.auditEvent.count()).toBe(events);
    if (result.ok) expect(await getTrackingStatus(result.data.trackingToken, t.db)).toBeNull();
  });

  it("knows no tracking page for an unknown or malformed token", async () => {
    expect(await getTrackingStatus(randomBytes(32).toString("base64url"), t.db)).toBeNull();
    expect(await getTrackingStatus("../../etc", t.db)).toBeNull();
  });
});
