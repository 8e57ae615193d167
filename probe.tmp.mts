process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/factdesk_bench";
const { loadSearchPage } = await import("@/lib/search/search-page");
const { db } = await import("@/lib/db");
const S: Record<string,string>[] = [
  { q: "government" }, { q: "percent million" }, { q: "vaccine" }, { q: "hospital beds" }, { q: "electricity prices" },
  { q: "\"prices doubled\"" }, { q: "inflation or recession" }, { q: "border -migrants" }, { q: "valkes" }, { q: "merhar ostvik" },
  { q: "pension", rating: "false" }, { q: "housing", topic: "housing" }, { q: "tax", from: "2024-01-01", to: "2024-12-31" },
  { q: "minister", claimant: "mattias-marrow-1" }, { q: "school", source: "kesval-1.example" }, { q: "zebraquagga" },
  { topic: "energy" }, { rating: "mostly-true", from: "2020-01-01" }, { claimant: "ilse-marrow-2000" }, { source: "valkes-500.example" }, {},
];
const srcs = await db.$queryRaw<any[]>`SELECT id, domain FROM "Source" WHERE id IN ('bs1','bs500') UNION ALL SELECT id, slug FROM "Claimant" WHERE id IN ('bc1','bc2000')`;
console.log(srcs);
for (const p of S) {
  await loadSearchPage(p);
  const t: number[] = [];
  let r;
  for (let i = 0; i < 5; i++) { const s = performance.now(); r = await loadSearchPage(p); t.push(performance.now() - s); }
  t.sort((a,b)=>a-b);
  console.log(JSON.stringify(p).padEnd(50), String(r!.capped ? ">1000" : r!.count).padStart(6), t.map(x=>x.toFixed(1)).join(" "));
}
await db.$disconnect();
