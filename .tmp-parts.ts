process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/factdesk_bench";
async function main() {
  const { countVerdicts, searchVerdicts, hasSearchTerms } = await import("@/lib/search/search");
  const { db } = await import("@/lib/db");
  const f = { q: process.argv[2] ?? "government" };
  const time = async (label: string, fn: () => Promise<unknown>) => {
    const t: number[] = [];
    for (let i = 0; i < 15; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    console.log(label, t[7]!.toFixed(1), t[13]!.toFixed(1));
  };
  await time("select1", () => db.$queryRaw`SELECT 1`);
  await time("hasTerms", () => hasSearchTerms(db, f.q));
  await time("count", () => countVerdicts(db, f));
  await time("search", () => searchVerdicts(db, f, { limit: 20, snippets: false }));
  await time("search+snip", () => searchVerdicts(db, f, { limit: 20, snippets: true }));
  await db.$disconnect();
}
main();
