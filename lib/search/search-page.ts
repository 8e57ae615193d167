import { db } from "@/lib/db";
import { pageBounds, parsePage } from "@/lib/pagination";
import { parseFilters, type ParameterProblem, type SearchFilters } from "./filters";
import { countVerdicts, hasSearchTerms, searchVerdicts, type SearchHit } from "./search";

export const SEARCH_PAGE_SIZE = 20;

export type SearchPageData = {
  /** The filters applied (invalid ones left out). */
  filters: SearchFilters;
  hits: SearchHit[];
  /** Matches, counted up to COUNT_LIMIT; `capped` when there are more. */
  count: number;
  capped: boolean;
  page: number;
  pageCount: number;
  problems: ParameterProblem[];
};

/**
 * Everything /search shows for its query string: bad parameters are left out and reported (never
 * an error page), pages beyond the last are clamped to it.
 */
export async function loadSearchPage(params: Record<string, string | string[] | undefined>): Promise<SearchPageData> {
  const { filters, problems } = parseFilters(params);
  if (filters.q && !(await hasSearchTerms(db, filters.q))) {
    problems.push({ param: "q", message: "has only very common words (like “the” or “of”), which are not searched" });
    return { filters, hits: [], count: 0, capped: false, page: 1, pageCount: 1, problems };
  }
  const { count, capped } = await countVerdicts(db, filters);
  const { page, pageCount, skip, take } = pageBounds(parsePage(params.page), count, SEARCH_PAGE_SIZE);
  const { hits } = count === 0 ? { hits: [] } : await searchVerdicts(db, filters, { limit: take, offset: skip, snippets: true });
  return { filters, hits, count, capped, page, pageCount, problems };
}
