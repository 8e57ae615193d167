import "server-only";
import { searchDb } from "@/lib/db";
import { pageBounds, parsePage } from "@/lib/pagination";
import { parseFilters, type ParameterProblem, type SearchFilters } from "./filters";
import { resolveNamedFilters, suggestClaimants, suggestSources, TYPEAHEAD_LIMIT } from "./named-filters";
import { COUNT_LIMIT, countVerdicts, hasSearchTerms, searchVerdicts, type SearchHit } from "./search";
import { suggestSpelling } from "./spelling";
import { isStatementTimeout, SEARCH_TIMEOUT_MESSAGE } from "./timeout";

/** A parameter left out, and for a claimant or source name, the closest names that would work. */
export type SearchProblem = ParameterProblem & { suggestions?: string[] };

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
  problems: SearchProblem[];
  /**
   * When the words as typed found nothing and words of the published verdicts spelt closely do:
   * the words searched instead (`filters.q` is then this), and what was typed.
   */
  spelling: { asked: string; searched: string } | null;
};

/**
 * Everything /search shows for its query string: bad parameters are left out and reported (never
 * an error page), pages beyond the last are clamped to it.
 */
export async function loadSearchPage(params: Record<string, string | string[] | undefined>): Promise<SearchPageData> {
  const named = await resolveNamedFilters(searchDb, params);
  const parsed = parseFilters(named.params);
  const problems: SearchProblem[] = [...named.problems, ...parsed.problems];
  const filters = parsed.filters;
  try {
    const data = await runSearchPage(params, filters, problems);
    return data.count === 0 && filters.q ? await withSpellingCorrected(params, data) : data;
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
      spelling: null,
    };
  }
}

/** No results for the words as typed: the same search with misspelt words corrected, if that finds any. */
async function withSpellingCorrected(params: Record<string, string | string[] | undefined>, data: SearchPageData): Promise<SearchPageData> {
  const asked = data.filters.q!;
  const searched = await suggestSpelling(searchDb, asked);
  if (!searched) return data;
  const corrected = await runSearchPage(params, { ...data.filters, q: searched }, [...data.problems]);
  return corrected.count > 0 ? { ...corrected, spelling: { asked, searched } } : data;
}

async function runSearchPage(
  params: Record<string, string | string[] | undefined>,
  filters: SearchFilters,
  problems: SearchProblem[],
): Promise<SearchPageData> {
  const db = searchDb;
  if (filters.q && !(await hasSearchTerms(db, filters.q))) {
    problems.push({ param: "q", message: "has only very common words (like “the” or “of”), which are not searched" });
    return { filters, hits: [], count: 0, capped: false, page: 1, pageCount: 1, problems, spelling: null };
  }
  const requested = parsePage(params.page);
  if (filters.q) {
    // A ranked search counts its own matches: one query, unless the page asked for is past the last.
    const guess = pageBounds(requested, COUNT_LIMIT, SEARCH_PAGE_SIZE);
    const { hits, matches } = await searchVerdicts(db, filters, { limit: guess.take, offset: guess.skip, snippets: true });
    if (matches && hits.length > 0) {
      const { page, pageCount } = pageBounds(requested, matches.count, SEARCH_PAGE_SIZE);
      return { filters, hits, count: matches.count, capped: matches.capped, page, pageCount, problems, spelling: null };
    }
  }
  const { count, capped } = await countVerdicts(db, filters);
  const { page, pageCount, skip, take } = pageBounds(requested, count, SEARCH_PAGE_SIZE);
  const { hits } = count === 0 ? { hits: [] } : await searchVerdicts(db, filters, { limit: take, offset: skip, snippets: true });
  return { filters, hits, count, capped, page, pageCount, problems, spelling: null };
}

/** Public names for the search form's claimant or source field as one types (its datalist). */
export function suggestFilterNames(field: "claimant" | "source", text: string): Promise<string[]> {
  return (field === "claimant" ? suggestClaimants : suggestSources)(searchDb, text, TYPEAHEAD_LIMIT);
}
