import Link from "next/link";

/** Previous / next links for a list paginated with ?page=; plain links, so it works without JavaScript. */
export function Pagination({
  basePath,
  page,
  pageCount,
  total,
  noun,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  total: number;
  /** Plural name of what is listed, e.g. "claims". */
  noun: string;
}) {
  const href = (n: number) => (n <= 1 ? basePath : `${basePath}?page=${n}`);
  const linkClass =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50";
  const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-500";

  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">
        Page {page} of {pageCount} · {total} {noun}
      </p>
      <ul className="flex gap-2">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              Previous<span className="sr-only"> page</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              Previous<span className="sr-only"> page</span>
            </span>
          )}
        </li>
        <li>
          {page < pageCount ? (
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              Next<span className="sr-only"> page</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              Next<span className="sr-only"> page</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
