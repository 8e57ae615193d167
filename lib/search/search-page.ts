import "server-only";
import { searchDb } from "@/lib/db";
import { pageBounds, parsePage } from "@/lib/pagination";
import { parseFilters, type ParameterProblem, type SearchFilters } from "./filters";
import { COUNT_LIMIT, countVerdicts, hasSearchTerms, searchVerdicts, type SearchHit } from "./search";
import { isStatementTimeout, SEARCH_TIMEOUT_MESSAGE } from "./timeout";

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
  try {
    return await runSearchPage(params, filters, problems);
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return {
      filters,
      hits: [],
      count: 0,
      capped: false,
      page: 1,
      pageCount: 1,
      problems: [...problems, { param: "q", message: SEARCH_TIMEOUT_MESSAGE }],
    };
  }
}

async function runSearchPage(
  params: Record<string, string | string[] | undefined>,
  filters: SearchFilters,
  problems: ParameterProblem[],
): Promise<SearchPageData> {
  const db = searchDb;
  if (filters.q && !(await hasSearchTerms(db, filters.q))) {
    problems.push({ param: "q", message: "has only very common words (like “the” or “of”), which are not searched" });
    return { filters, hits: [], count: 0, capped: false, page: 1, pageCount: 1, problems };
  }
  const requested = parsePage(params.page);
  if (filters.q) {
    // A ranked search counts its own matches: one query, unless the page asked for is past the last.
    const guess = pageBounds(requested, COUNT_LIMIT, SEARCH_PAGE_SIZE);
    const { hits, matches } = await searchVerdicts(db, filters, { limit: guess.take, offset: guess.skip, snippets: true });
    if (matches && hits.length > 0) {
      const { page, pageCount } = pageBounds(requested, matches.count, SEARCH_PAGE_SIZE);
      return { filters, hits, count: matches.count, capped: matches.capped, page, pageCount, problems };
    }
  }
  const { count, capped } = await countVerdicts(db, filters);
  const { page, pageCount, skip, take } = pageBounds(requested, count, SEARCH_PAGE_SIZE);
  const { hits } = count === 0 ? { hits: [] } : await searchVerdicts(db, filters, { limit: take, offset: skip, snippets: true });
  return { filters, hits, count, capped, page, pageCount, problems };
}
