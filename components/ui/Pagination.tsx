import Link from "next/link";
import { listPagePath, pagePath } from "@/lib/pagination";
import { plural } from "@/lib/plural";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50";
const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-500";

/** One of the two step links; shown disabled (not a link) at either end of the list. */
function StepLink({ href, rel, label }: { href: string | null; rel: "prev" | "next"; label: string }) {
  const text = (
    <>
      {label}
      <span className="sr-only"> page</span>
    </>
  );
  return href ? (
    <Link href={href} rel={rel} className={linkClass}>
      {text}
    </Link>
  ) : (
    <span aria-disabled="true" className={disabledClass}>
      {text}
    </span>
  );
}

/** Previous / next links for a list paginated with ?page= (or with /page/<n> paths: `pathPages`); plain links, so it works without JavaScript. */
export function Pagination({
  basePath,
  page,
  pageCount,
  total,
  noun,
  one,
  query,
  pathPages = false,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  /** A number, or text such as "1,000+". */
  total: React.ReactNode;
  /** Plural name of what is listed, e.g. "claims". */
  noun: string;
  /** Its singular, for a total of 1 ("1 claim"). */
  one: string;
  /** Other query parameters the page links keep (e.g. search filters). */
  query?: URLSearchParams;
  /** Pages are `/page/<n>` paths (public lists served from the whole-page cache), not `?page=`. */
  pathPages?: boolean;
}) {
  const href = (n: number) => (pathPages ? listPagePath(basePath, n) : pagePath(basePath, n, query));
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">
        Page {page} of {pageCount} ·{" "}
        {typeof total === "number" ? (
          plural(total, one, noun)
        ) : (
          <>
            {total} {noun}
          </>
        )}
      </p>
      <ul className="flex gap-2">
        <li>
          <StepLink href={page > 1 ? href(page - 1) : null} rel="prev" label="Previous" />
        </li>
        <li>
          <StepLink href={page < pageCount ? href(page + 1) : null} rel="next" label="Next" />
        </li>
      </ul>
    </nav>
  );
}
