/**
 * Benchmark data: 1,000,000 claims and 200,000 published verdicts (plus drafts and retractions)
 * with varied vocabulary, claimants, topics, ratings, sources and dates, written by PostgreSQL
 * itself (generate_series), not row by row. Not used by tests or CI.
 *
 *   node --import tsx scripts/bench/generate-data.ts [--database-url URL] [--claims N] [--verdicts N]
 *
 * The database named in the URL (default postgresql://postgres@127.0.0.1:5432/factdesk_bench) is
 * DROPPED and created again, migrated, then filled. All names and domains are made up (.example).
 */
import pg from "pg";
import { prisma } from "../prisma-cli";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const databaseUrl = option("database-url", "postgresql://postgres@127.0.0.1:5432/factdesk_bench");
const claimCount = Number(option("claims", "1000000"));
const publishedCount = Number(option("verdicts", "200000"));
const retractedCount = Math.round(publishedCount / 100);
const draftCount = Math.round(publishedCount / 4);
const articleCount = Math.round(claimCount / 4);
const claimantCount = 5000;
const sourceCount = 800;

// A news vocabulary; picked with a skew (early words far more often), so some words are in most
// documents and others in a few hundred — the spread that makes full-text ranking costly.
const WORDS = `
government minister said claim percent million year budget people country police health hospital
vaccine school children tax prices inflation energy electricity gas oil wind solar nuclear housing
homes rent city council election vote votes voters poll party campaign border migrants asylum
crime rate murder prison court judge law bill parliament senate president mayor report data
statistics figures official agency ministry department spending billion cut cuts increase rise fall
fell doubled tripled halved since last decade record highest lowest ever unemployment jobs wages
salary pension pensions retirement debt deficit growth economy recession trade exports imports
tariffs farmers food water drought flood climate emissions carbon coal forest fires temperature
heat storm cases deaths measles covid virus pandemic doctors nurses waiting lists beds emergency
ambulance university students fees teachers pupils exam results army defence military soldiers
troops treaty alliance sanctions refugees wall fence visa citizens residents survey study research
scientists experts evidence source article post video viral shared online social media platform
account accounts bots misinformation fake photo image quote speech interview debate press release
statement transport railway trains buses roads traffic accidents speed cameras airport flights
fuel petrol diesel cars electric batteries charging grid blackout outage bills households families
income poverty benefits welfare minimum wage workers union strike strikes protest protests march
crowd attendance stadium football olympics sport tourism tourists hotels beaches pollution air
plastic recycling waste landfill ocean fish fishing river lake bridge tunnel construction built
cost costs overrun delayed years months weeks days new old first largest smallest fastest safest
dangerous safe rural urban region regions province capital north south east west coast island
mountain valley village town towns districts neighbourhood street streets parks libraries museums
culture arts festival church religion language minority rights women men youth elderly seniors
disability care homes insurance premiums banks interest rates mortgage loans property market
shares stock investors companies company firms business small contracts procurement corruption
bribery fraud audit auditor watchdog regulator license permits approval ban banned legal illegal
`
  .split(/\s+/)
  .filter(Boolean);

// Made-up proper nouns (places, products, programmes): rare words, as real names are.
const SYLLABLES = [
  "val",
  "kes",
  "tria",
  "mer",
  "id",
  "ian",
  "north",
  "har",
  "bour",
  "ald",
  "mere",
  "brin",
  "dor",
  "sel",
  "vik",
  "ost",
  "ran",
  "kel",
  "mor",
  "tal",
];
const FIRST_NAMES = [
  "Ilse",
  "Mattias",
  "Celia",
  "Rafael",
  "Jonah",
  "Ingrid",
  "Piet",
  "Nadia",
  "Tomas",
  "Greta",
  "Anton",
  "Lena",
  "Marek",
  "Sofia",
  "Emil",
  "Hanna",
  "Oskar",
  "Vera",
  "Felix",
  "Mira",
  "Lukas",
  "Petra",
  "Jonas",
  "Alma",
  "Viktor",
  "Nora",
  "Karl",
  "Elin",
  "Bruno",
  "Ada",
];
const LAST_NAMES = [
  "Marrow",
  "Rendl",
  "Brannigan",
  "Oduya",
  "Petrakis",
  "Sandvik",
  "Haldane",
  "Holt",
  "Varga",
  "Lindqvist",
  "Okafor",
  "Moreau",
  "Novak",
  "Brenner",
  "Castell",
  "Duarte",
  "Eklund",
  "Fischer",
  "Gallo",
  "Hartmann",
  "Ivers",
  "Jansen",
  "Kowalski",
  "Larsen",
  "Mendes",
  "Nyberg",
  "Ortega",
  "Pohl",
  "Quist",
  "Rask",
];
const TOPICS = [
  "Security",
  "Economy",
  "Health",
  "Housing",
  "Energy",
  "Elections",
  "Migration",
  "Crime",
  "Education",
  "Environment",
  "Transport",
  "Jobs",
  "Taxes",
  "Foreign affairs",
  "Justice",
  "Science",
  "Media",
  "Agriculture",
  "Technology",
  "Sport",
  "Culture",
  "Religion",
  "Pensions",
  "Budget",
];

function properNouns(): string[] {
  const names = new Set<string>();
  for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of ["", "a", "ia", "or", "en"]) if (a !== b) names.add(`${a}${b}${c}`);
  return [...names];
}

async function main() {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const log = (message: string) => console.log(`[bench-data ${elapsed().padStart(7)}] ${message}`);

  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name: ${name}`);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  log(`(Re)creating database ${name} on ${target.host}`);
  await adminClient.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminClient.query(`CREATE DATABASE "${name}"`);
  await adminClient.end();

  log("Applying migrations");
  prisma(["migrate", "deploy"], databaseUrl);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const result = await client.query(sql, params);
    log(`${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '512MB'");
  // GIN indexes (full text, trigrams) are built once at the end: filling them row by row is what
  // made the 1,000,000 claims take most of an hour; built from sorted entries they take minutes.
  const { rows: ginIndexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '% USING gin %'`,
  );
  for (const index of ginIndexes) await client.query(`DROP INDEX "${index.name}"`);
  await client.query(`CREATE TABLE bench_vocab (words text[], nouns text[])`);
  await client.query(`INSERT INTO bench_vocab VALUES ($1, $2)`, [WORDS, properNouns()]);
  // n words of skewed news vocabulary, with a made-up proper noun now and then. PL/pgSQL, because
  // it expands the arrays once per call (a SQL function re-reads the toasted array per word).
  await client.query(`
    CREATE FUNCTION bench_text(n int, words text[], nouns text[]) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      picked text[] := '{}';
      word_count int := array_length(words, 1);
      noun_count int := array_length(nouns, 1);
    BEGIN
      FOR i IN 1..n LOOP
        IF random() < 0.06 THEN picked := picked || nouns[1 + floor(random() * noun_count)::int];
        ELSE picked := picked || words[1 + floor(power(random(), 2.2) * word_count)::int];
        END IF;
      END LOOP;
      RETURN array_to_string(picked, ' ');
    END
    $$`);

  await step(
    "user",
    `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('bench_author', 'bench@factdesk.example', 'Bench Reviewer', 'REVIEWER', now())`,
  );
  await step(
    "topics",
    `INSERT INTO "Topic" (id, slug, name) SELECT 'bt' || i, lower(replace(t, ' ', '-')), t FROM unnest($1::text[]) WITH ORDINALITY AS x(t, i)`,
    [TOPICS],
  );
  await step(
    "claimants",
    `INSERT INTO "Claimant" (id, name, slug, "sameAs", "updatedAt")
     SELECT 'bc' || g, n, lower(replace(n, ' ', '-')) || '-' || g,
            CASE WHEN g % 3 = 0 THEN 'https://people.example/' || g END, now()
       FROM generate_series(1, $3::int) g,
            LATERAL (SELECT ($1::text[])[1 + g % array_length($1::text[], 1)] || ' ' ||
                            ($2::text[])[1 + (g / array_length($1::text[], 1)) % array_length($2::text[], 1)] AS n) x`,
    [FIRST_NAMES, LAST_NAMES, claimantCount],
  );
  await step(
    "sources",
    `INSERT INTO "Source" (id, domain, name, kind, reliability, "updatedAt")
     SELECT 'bs' || g, n || '-' || g || '.example', initcap(n) || ' ' || g,
            (ARRAY['NEWS','NEWS','NEWS','GOVERNMENT','ACADEMIC','NGO','SOCIAL_PLATFORM','OTHER'])[1 + g % 8]::"SourceKind",
            (ARRAY['HIGH','MIXED','LOW','UNRATED'])[1 + g % 4]::"Reliability", now()
       FROM generate_series(1, $2::int) g,
            LATERAL (SELECT ($1::text[])[1 + g % array_length($1::text[], 1)] AS n) x`,
    [properNouns(), sourceCount],
  );
  await step(
    "articles",
    `INSERT INTO "Article" (id, url, title, "publisherId", "publishedAt", text, "contentHash", "updatedAt")
     SELECT 'ba' || g, 'https://news-' || (1 + g % $2::int) || '.example/story/' || g,
            initcap(bench_text(8, v.words, v.nouns)),
            'bs' || (1 + floor(power(random(), 1.8) * $2::int)::int),
            timestamp '2015-01-01' + random() * interval '11 years',
            'Article text ' || g, md5(g::text), now()
       FROM generate_series(1, $1::int) g, bench_vocab v`,
    [articleCount, sourceCount],
  );
  await step(
    "claims",
    `INSERT INTO "Claim" (id, text, "claimantId", "claimDate", status, "createdById", "createdAt", "updatedAt")
     SELECT 'bcl' || g, initcap(left(t, 1)) || substr(t, 2) || '.',
            CASE WHEN random() < 0.9 THEN 'bc' || (1 + floor(power(random(), 3) * $2::int)::int) END,
            timestamp '2015-01-01' + random() * interval '11 years',
            CASE WHEN g <= $3::int THEN 'PUBLISHED' WHEN g <= $4::int THEN 'IN_REVIEW' ELSE 'NEW' END::"ClaimStatus",
            'bench_author', now(), now()
       FROM generate_series(1, $1::int) g, bench_vocab v,
            LATERAL (SELECT bench_text(10 + (random() * 16)::int, v.words, v.nouns) || CASE WHEN g > 0 THEN '' END AS t) x`,
    [claimCount, claimantCount, publishedCount + retractedCount, publishedCount + retractedCount + draftCount],
  );
  // Verdicts come after topics and appearances and compute their search document themselves, so
  // the triggers that refresh a verdict's document on those tables have nothing to do here.
  await client.query(`ALTER TABLE "_ClaimToTopic" DISABLE TRIGGER claim_topic_to_verdict_search`);
  await client.query(`ALTER TABLE "Appearance" DISABLE TRIGGER appearance_to_verdict_search`);
  await step(
    "claim topics",
    `INSERT INTO "_ClaimToTopic" ("A", "B")
     SELECT 'bcl' || g, 'bt' || (1 + floor(power(random(), 1.6) * $2::int)::int) FROM generate_series(1, $1::int) g
     UNION
     SELECT 'bcl' || g, 'bt' || (1 + floor(random() * $2::int)::int) FROM generate_series(1, $1::int) g WHERE g % 2 = 0`,
    [claimCount, TOPICS.length],
  );
  await step(
    "appearances",
    `INSERT INTO "Appearance" (id, "claimId", "articleId", exact, prefix, suffix, start, "end", "updatedAt")
     SELECT 'bap' || g, c.id, 'ba' || (1 + g % $1::int), c.text, 'Reports said that ', ' according to the article.', 18, 18 + length(c.text), now()
       FROM generate_series(1, $2::int) g JOIN "Claim" c ON c.id = 'bcl' || g`,
    [articleCount, claimCount],
  );
  // Fresh statistics first: the verdict trigger looks up each claim's topics and appearances, and
  // without them the planner guesses thousands of rows per claim and hashes whole tables.
  await step("analyze", `ANALYZE`);
  await client.query(`ALTER TABLE "_ClaimToTopic" ENABLE TRIGGER claim_topic_to_verdict_search`);
  await client.query(`ALTER TABLE "Appearance" ENABLE TRIGGER appearance_to_verdict_search`);
  // Verdicts: claims 1..P published, the next ones retracted, then drafts. Ratings skewed towards
  // "false", as fact-checkers' are; publication dates spread over eleven years. The search
  // document (with its filter keys) is computed by the trigger, so topics and appearances go first.
  await client.query(`ALTER TABLE "VerdictSearch" DISABLE TRIGGER verdict_search_words`);
  // The search rows are written in one statement after the verdicts (below): the per-verdict
  // trigger did the same work row by row, ~200 verdicts a second on a loaded 2-core machine.
  await client.query(`ALTER TABLE "Verdict" DISABLE TRIGGER verdict_to_verdict_search`);
  await step(
    "verdicts",
    `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, rationale, status, "authorId", "publishedAt", "retractedAt", "retractionReason", "updatedAt")
     SELECT 'bv' || g, 'bcl' || g, 'bench-' || g,
            (ARRAY['rating_false','rating_false','rating_mostly_false','rating_misleading','rating_half_true','rating_mostly_true','rating_true','rating_unproven'])[1 + floor(power(random(), 1.3) * 8)::int],
            initcap(left(c, 1)) || substr(c, 2) || '.',
            bench_text(60 + (random() * 120)::int, v.words, v.nouns) || '.',
            CASE WHEN g <= $1::int THEN 'PUBLISHED' WHEN g <= $2::int THEN 'RETRACTED' ELSE 'DRAFT' END::"VerdictStatus",
            'bench_author',
            -- Rows are written in publication order, as a live system appends them (with some noise).
            CASE WHEN g <= $2::int THEN timestamp '2015-01-01' + (g::float8 / $2::int) * interval '11 years' + random() * interval '5 days' END,
            CASE WHEN g > $1::int AND g <= $2::int THEN timestamp '2026-06-01' END,
            CASE WHEN g > $1::int AND g <= $2::int THEN 'The source this verdict rested on was withdrawn.' END,
            now()
       FROM generate_series(1, $3::int) g, bench_vocab v,
            LATERAL (SELECT bench_text(18 + (random() * 20)::int, v.words, v.nouns) || CASE WHEN g > 0 THEN '' END AS c) x`,
    [publishedCount, publishedCount + retractedCount, publishedCount + retractedCount + draftCount],
  );
  await client.query(`ALTER TABLE "Verdict" ENABLE TRIGGER verdict_to_verdict_search`);
  // What sync_verdict_search writes for each published verdict, for all of them at once.
  await step(
    "search rows",
    `INSERT INTO "VerdictSearch" ("verdictId", "publishedAt", "ratingId", "document")
     SELECT v.id, v."publishedAt", v."ratingId", verdict_search_document(c.text, v.conclusion, v.rationale) || verdict_filter_keys(c.id)
       FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
      WHERE v.status = 'PUBLISHED' AND v."publishedAt" IS NOT NULL
      ORDER BY v."publishedAt"`,
  );
  // The search vocabulary ("Did you mean …") is counted once at the end rather than verdict by
  // verdict (the trigger would upsert every word of 200,000 verdicts one row at a time).
  await client.query(`ALTER TABLE "VerdictSearch" ENABLE TRIGGER verdict_search_words`);
  await step("search vocabulary", `SELECT rebuild_search_words()`);
  await step(
    "revisions",
    `INSERT INTO "VerdictRevision" (id, "verdictId", number, kind, status, "ratingId", conclusion, rationale, "authorId", "publishedAt")
     SELECT 'br' || substr(id, 3), id, 1, 'ORIGINAL', 'PUBLISHED', "ratingId", conclusion, rationale, "authorId", "publishedAt"
       FROM "Verdict" WHERE status IN ('PUBLISHED', 'RETRACTED')`,
  );
  await step(
    "evidence",
    `INSERT INTO "Evidence" (id, "claimId", url, title, excerpt, stance, "sourceId", position, "addedById", "updatedAt")
     SELECT 'be' || g || '_' || p, 'bcl' || g, 'https://evidence.example/' || g || '/' || p,
            initcap(bench_text(6, v.words, v.nouns)), bench_text(25, v.words, v.nouns) || '.',
            (ARRAY['SUPPORTS','REFUTES','CONTEXT'])[1 + floor(random() * 3)::int]::"Stance",
            'bs' || (1 + floor(power(random(), 1.8) * $2::int)::int), p, 'bench_author', now()
       FROM generate_series(1, $1::int) g, generate_series(0, 1) p, bench_vocab v`,
    [publishedCount + retractedCount, sourceCount],
  );
  // Public pages show the evidence as published (lib/verdicts/published-evidence.ts). Each bench
  // verdict has one published version (revision 1, above), so the verdict's snapshot is that
  // version's too: the same rule as the migration (the latest published version gets it). Adding
  // corrections here would need evidence_snapshot(claim, as_of) per version, as the demo data does.
  await step(
    "published evidence",
    `UPDATE "Verdict" SET "publishedEvidence" = evidence_snapshot("claimId") WHERE status IN ('PUBLISHED', 'RETRACTED')`,
  );
  await step(
    "revision evidence",
    `UPDATE "VerdictRevision" r SET "evidence" = v."publishedEvidence" FROM "Verdict" v WHERE v.id = r."verdictId" AND r.status = 'PUBLISHED'`,
  );
  await client.query(`DROP FUNCTION bench_text(int, text[], text[]); DROP TABLE bench_vocab`);
  for (const index of ginIndexes) await step(`index ${index.name}`, index.definition);
  const t = Date.now();
  await client.query("VACUUM ANALYZE");
  log(`VACUUM ANALYZE in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "Verdict" WHERE status = 'PUBLISHED') AS published,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  await client.end();
  log(`Done: ${rows[0].claims} claims, ${rows[0].published} published verdicts, database ${rows[0].size}, total ${elapsed()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
