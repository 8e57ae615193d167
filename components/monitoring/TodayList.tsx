import Link from "next/link";
import { formatScore } from "@/lib/score-percent";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { formatDateTime } from "@/lib/dates";
import type { TodayMember, TodayRow } from "@/lib/monitoring/today";
import type { MutationResult } from "@/lib/mutation";
import { TodayRowActions } from "./TodayRowActions";

const percent = formatScore;
/** The reader view at the suggestion. */
// `suggestion` makes the reader show enough suggestions to include this one (it lists the best first).
const readerHref = (member: TodayMember) => `/workspace/articles/${member.article.id}?suggestion=${member.id}#suggestion-${member.id}`;

/** Today's claims: one card a row (a suggestion, or near-identical ones from several articles), best first. */
export function TodayList({
  rows,
  query,
  action,
}: {
  rows: TodayRow[];
  query: string;
  action: (previous: MutationResult<unknown> | null, form: FormData) => Promise<MutationResult<unknown>>;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
        No open suggested claims from articles ingested in this period match the filters.
      </p>
    );
  }
  return (
    <ol className="space-y-4" aria-label="Suggested claims, best score first">
      {rows.map((row) => (
        <TodayCard key={row.groupKey} row={row} query={query} action={action} />
      ))}
    </ol>
  );
}

function TodayCard({ row, query, action }: { row: TodayRow; query: string; action: Parameters<typeof TodayList>[0]["action"] }) {
  const [best, ...others] = row.members;
  if (!best) return null;
  const heading = `today-${best.id}`;
  return (
    <li
      aria-labelledby={heading}
      data-testid="today-row"
      className={`rounded-lg border bg-white p-4 shadow-sm ${row.repeatOf ? "border-red-300" : "border-slate-200"}`}
    >
      {row.repeatOf ? (
        <p className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          Repeats a claim rated {row.repeatOf.ratingLabel ?? "(no rating)"}
          {row.repeatOf.publishedAt ? (
            <>
              {" "}
              on <FormattedDate date={row.repeatOf.publishedAt} />
            </>
          ) : null}
          :{" "}
          <Link href={`/verdicts/${row.repeatOf.slug}`} className="underline underline-offset-2 hover:decoration-2">
            “{row.repeatOf.text}”
          </Link>
        </p>
      ) : null}
      <h2 id={heading} className="font-serif text-lg leading-snug font-bold break-words text-slate-900">
        “{best.text}”
      </h2>
      <blockquote className="mt-2 border-l-4 border-slate-200 pl-3 font-serif leading-relaxed break-words text-slate-700">
        {best.context.before}
        <mark className="rounded-sm bg-amber-100 px-0.5 text-slate-900">{best.context.claim}</mark>
        {best.context.after}
      </blockquote>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700 sm:flex sm:flex-wrap sm:gap-x-5">
        <div className="contents sm:flex sm:gap-1">
          <dt className="text-slate-600">Claimant</dt>
          <dd className="font-medium text-slate-900">{best.claimant ?? "Not named"}</dd>
        </div>
        <div className="contents sm:flex sm:gap-1">
          <dt className="text-slate-600">Score</dt>
          <dd className="font-medium text-slate-900">{percent(best.score)}</dd>
        </div>
        <div className="contents sm:flex sm:gap-1">
          <dt className="text-slate-600">Outlet</dt>
          <dd className="break-words">{best.article.publisher?.name ?? "Unknown"}</dd>
        </div>
        <div className="contents sm:flex sm:gap-1">
          <dt className="text-slate-600">Ingested</dt>
          <dd>
            <time dateTime={best.createdAt.toISOString()}>{formatDateTime(best.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-sm">
        <Link href={readerHref(best)} className="font-medium text-slate-900 underline underline-offset-2 hover:decoration-2">
          Open in the reader<span className="sr-only">: {best.article.title}</span>
        </Link>
      </p>
      {row.count > 1 ? (
        <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
          <summary className="cursor-pointer font-medium text-slate-900">
            Reported by {row.outlets} {row.outlets === 1 ? "outlet" : "outlets"} ({row.count} articles)
          </summary>
          <ul className="mt-2 space-y-2">
            {[best, ...others].map((member) => (
              <li key={member.id} className="break-words">
                <Link href={readerHref(member)} className="font-medium text-slate-900 underline underline-offset-2 hover:decoration-2">
                  {member.article.title}
                </Link>
                <span className="block text-slate-600">
                  {member.article.publisher?.name ?? "Outlet unknown"} · {percent(member.score)} ·{" "}
                  <time dateTime={member.createdAt.toISOString()}>{formatDateTime(member.createdAt)}</time>
                </span>
              </li>
            ))}
            {row.count > row.members.length ? <li className="text-slate-600">and {row.count - row.members.length} more</li> : null}
          </ul>
        </details>
      ) : null}
      <TodayRowActions
        suggestions={row.members.map((member) => `${member.id}:${member.version}`)}
        query={query}
        flagged={row.repeatOf !== null}
        describedBy={heading}
        action={action}
      />
    </li>
  );
}
