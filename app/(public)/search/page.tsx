import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ReadsWithoutScripts } from "@/components/ui/ReadsWithoutScripts";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResult } from "@/components/search/SearchResult";
import { Pagination } from "@/components/ui/Pagination";
import { filtersToParams } from "@/lib/search/filters";
import { listSearchOptions } from "@/lib/search/options";
import { RelatedFactChecks } from "@/components/verdicts/RelatedFactChecks";
import { findRelatedFactChecks } from "@/lib/search/related";
import { COUNT_LIMIT } from "@/lib/search/search";
import { loadSearchPage } from "@/lib/search/search-page";

export const metadata: Metadata = {
  title: "Search fact checks",
  description: "Search published fact checks by words, rating, topic, claimant, source and date.",
  // Result lists change with every publication; the verdict pages are what should be indexed.
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = new Intl.NumberFormat("en-GB");

/** This search's address with one parameter changed (a suggested name), the page reset to the first. */
function withParam(params: Record<string, string | string[] | undefined>, name: string, value: string): string {
  const query = new URLSearchParams();
  for (const [key, raw] of Object.entries(params)) {
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (first !== undefined && first !== "" && key !== "page" && key !== name) query.set(key, first);
  }
  query.set(name, value);
  return `/search?${query}`;
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const [data, options] = await Promise.all([loadSearchPage(params), listSearchOptions()]);
  const { filters } = data;
  const { q } = filters;
  const activeFilters = [...filtersToParams(filters).keys()].filter((name) => name !== "q").length;
  // Words that find nothing may still describe a checked claim in other words: ask the matcher.
  const related = q && data.hits.length === 0 ? await findRelatedFactChecks(q) : [];
  const total = data.capped ? `more than ${number.format(COUNT_LIMIT)}` : number.format(data.count);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:py-14">
      <ReadsWithoutScripts />
      <h1 className="font-serif text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Search fact checks</h1>

      {/* The form's fields show what was asked, including values that were ignored as invalid. */}
      <SearchForm
        params={params}
        options={options}
        active={activeFilters}
        filterProblem={data.problems.some((problem) => problem.param !== "q")}
      />

      {data.problems.length > 0 ? (
        <div role="status" className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">Some of your search was ignored:</p>
          <ul className="mt-1 list-disc pl-5">
            {data.problems.map((problem) => (
              <li key={problem.param}>
                <span className="font-medium">{problem.param}</span> {problem.message}.
                {problem.suggestions?.length ? (
                  <>
                    {" "}
                    Did you mean{" "}
                    {problem.suggestions.map((name, i) => (
                      <span key={name}>
                        {i > 0 ? (i === problem.suggestions!.length - 1 ? " or " : ", ") : null}
                        <Link href={withParam(params, problem.param, name)} className="font-medium underline underline-offset-2">
                          {name}
                        </Link>
                      </span>
                    ))}
                    ?
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {data.spelling ? (
        <p role="status" className="mt-6 text-base text-slate-800">
          No results for “<bdi>{data.spelling.asked}</bdi>”. Showing results for{" "}
          <strong className="font-semibold">
            “<bdi>{data.spelling.searched}</bdi>”
          </strong>
          .
        </p>
      ) : null}

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-base font-semibold text-slate-800">
          {data.count === 0 ? "No results" : `${total[0]!.toUpperCase()}${total.slice(1)} ${data.count === 1 ? "result" : "results"}`}
          {q ? (
            <>
              {" "}
              for “<bdi>{q}</bdi>”
            </>
          ) : null}
          {activeFilters > 0 && !q ? " with these filters" : null}
        </h2>
        {data.capped && filters.q ? (
          <p className="mt-1 text-sm text-slate-600">
            Showing the best matches among the newest {number.format(COUNT_LIMIT)}. Add words or filters to narrow the search.
          </p>
        ) : null}

        {data.hits.length === 0 ? (
          <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
            <p>No published fact checks match your search.</p>
            <p className="mt-2 text-sm">
              Try fewer or different words, remove a filter, or{" "}
              <Link href="/" className="font-medium text-slate-800 underline underline-offset-2">
                browse the latest fact checks
              </Link>
              .
            </p>
          </div>
        ) : (
          <>
            <ol className="mt-4 space-y-4" aria-label="Search results">
              {data.hits.map((hit) => (
                <li key={hit.id}>
                  <SearchResult hit={hit} />
                </li>
              ))}
            </ol>
            {data.pageCount > 1 ? (
              <Pagination
                basePath="/search"
                page={data.page}
                pageCount={data.pageCount}
                total={total}
                noun="results"
                one="result"
                query={filtersToParams(filters)}
              />
            ) : null}
          </>
        )}
      </section>
      <RelatedFactChecks claims={related} heading="Fact checks of similar claims" id="related-heading" />
    </div>
  );
}
