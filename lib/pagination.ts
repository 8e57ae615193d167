import { notFound, permanentRedirect } from "next/navigation";

/** Staff lists show this many rows a page. */
export const PAGE_SIZE = 50;

/** Public lists of verdicts (claimant, source and topic pages) show this many a page. */
export const PUBLIC_PAGE_SIZE = 10;

/** `?page=` → a page number ≥ 1; anything unreadable is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

/** Clamps a requested page to the pages that exist (at least one, even when empty). */
export function pageBounds(requested: number, total: number, pageSize = PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}

/** One page of a list: counts, clamps the requested page, then fetches that page's rows. */
export async function paginate<T>(
  requested: number,
  count: () => Promise<number>,
  fetchRows: (range: { skip: number; take: number }) => Promise<T[]>,
  pageSize = PAGE_SIZE,
): Promise<Page<T>> {
  const total = await count();
  const { page, pageCount, skip, take } = pageBounds(requested, total, pageSize);
  return { items: await fetchRows({ skip, take }), page, pageCount, total };
}

/** A list page's `searchParams` prop (Next 16 passes it as a promise). */
export type ListSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page a list page was asked for (`?page=`). */
export async function requestedPage(searchParams: ListSearchParams): Promise<number> {
  return parsePage((await searchParams).page);
}

/** The address of page `page` of a list at `basePath` (page 1 has no ?page=). */
export function pagePath(basePath: string, page: number, query?: URLSearchParams): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/**
 * The address of page `page` of a public list whose pages are paths (`/topics/x`, `/topics/x/page/2`):
 * each page is its own whole-page cache entry (docs/decisions/026-whole-page-cache.md); a query
 * string would make the page render per request.
 */
export function listPagePath(basePath: string, page: number): string {
  return page > 1 ? `${basePath}/page/${page}` : basePath;
}

/** The page number of a `/page/<n>` path segment: 1–999999 written plainly, else null (a 404). */
export function parsePathPage(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

/**
 * The page number a `/page/<n>` route of the public list at `basePath` was asked for: a 404 for
 * anything but a plain number, and page 1 sent for good (308) to the list's own address, so each
 * page has one address and one whole-page cache entry.
 */
export function requestedListPage(basePath: string, n: string): number {
  const page = parsePathPage(n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(basePath);
  return page;
}
