// Temporary (not committed): in-process timing of the 20 bench search shapes.
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/factdesk_bench";
const SEARCHES: Record<string, string>[] = [
  { q: "government" }, { q: "percent million" }, { q: "vaccine" }, { q: "hospital beds" }, { q: "electricity prices" },
  { q: "\"prices doubled\"" }, { q: "inflation or recession" }, { q: "border -migrants" }, { q: "valkes" }, { q: "merhar ostvik" },
  { q: "pension", rating: "false" }, { q: "housing", topic: "housing" }, { q: "tax", from: "2024-01-01", to: "2024-12-31" },
  { q: "minister", claimant: "{bc1}" }, { q: "school", source: "{bs1}" }, { q: "zebraquagga" }, { topic: "energy" },
  { rating: "mostly-true", from: "2020-01-01" }, { claimant: "{bc2000}" }, { source: "{bs500}" },
];
const only = process.argv[2];
async function main() {
  const { loadSearchPage } = await import("@/lib/search/search-page");
  const { db } = await import("@/lib/db");
  const names = await db.$queryRaw<{ id: string; key: string }[]>`SELECT id, slug AS key FROM "Claimant" WHERE id IN ('bc1', 'bc2000') UNION ALL SELECT id, domain FROM "Source" WHERE id IN ('bs1', 'bs500')`;
  const keys = new Map(names.map((r) => [`{${r.id}}`, r.key]));
  const reps = Number(process.env.REPS ?? 10);
  const all: number[] = [];
  const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]!;
  for (const [i, raw] of SEARCHES.entries()) {
    if (only && !only.split(",").includes(String(i))) continue;
    const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, keys.get(v) ?? v]));
    const first = await loadSearchPage(params);
    const t: number[] = [];
    for (let r = 0; r < reps; r++) { const s = performance.now(); await loadSearchPage(params); t.push(performance.now() - s); }
    all.push(...t);
    console.log(`${i}\t${JSON.stringify(raw)}\t${first.capped ? ">1000" : first.count}\tp50 ${pct(t, 50).toFixed(1)}\tp95 ${pct(t, 95).toFixed(1)}`);
  }
  console.log(`all p50 ${pct(all, 50).toFixed(1)} p95 ${pct(all, 95).toFixed(1)}`);
  await db.$disconnect();
}
main();
