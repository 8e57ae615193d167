import { connection } from "next/server";
import { VerdictCard } from "@/components/verdicts/VerdictCard";
import { listPublishedVerdicts } from "@/lib/verdicts/queries";

export default async function HomePage() {
  await connection();
  const verdicts = await listPublishedVerdicts(20);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <div className="mb-8 sm:mb-10">
        <h1 className="font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Latest fact checks</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-600">
          Claims from the news, checked against the evidence. Each verdict shows its sources, who reviewed it
          and every correction since.
        </p>
      </div>
      {verdicts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
          No fact checks have been published yet.
        </p>
      ) : (
        <ol className="space-y-5" aria-label="Latest fact checks">
          {verdicts.map((verdict) => (
            <li key={verdict.slug}>
              <VerdictCard verdict={verdict} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
