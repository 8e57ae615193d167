import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import { UntrustedLink } from "@/components/ui/UntrustedLink";
import type { Repeat } from "@/lib/verdicts/queries";

/**
 * Where and when a checked claim was repeated after its verdict was published (recorded from
 * Today's claims): outlet, date recorded, link to the article. Listed at once; a repeat does not
 * change the verdict. `sourceLinks`: link outlets to their public source pages.
 */
export function RepeatedSince({
  repeats,
  headingClass,
  sourceLinks = true,
}: {
  repeats: Repeat[];
  headingClass: string;
  sourceLinks?: boolean;
}) {
  if (repeats.length === 0) return null;
  return (
    <section aria-labelledby="repeated-heading">
      <h2 id="repeated-heading" className={headingClass}>
        Repeated since
      </h2>
      <p className="mt-1 text-sm text-slate-600">The claim appeared again after this verdict was published. The verdict is unchanged.</p>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        {repeats.map((repeat) => (
          <li key={repeat.id} className="px-4 py-3 break-words">
            <span className="font-medium text-slate-900">
              <UntrustedLink href={repeat.article.url}>
                <bdi>{repeat.article.title}</bdi>
              </UntrustedLink>
            </span>
            <span className="block text-slate-600">
              {repeat.article.publisher ? (
                sourceLinks ? (
                  <Link href={`/sources/${repeat.article.publisher.domain}`} className="underline underline-offset-2 hover:decoration-2">
                    <bdi>{repeat.article.publisher.name}</bdi>
                  </Link>
                ) : (
                  <bdi>{repeat.article.publisher.name}</bdi>
                )
              ) : (
                "Outlet unknown"
              )}
              {repeat.repeatedAt ? (
                <>
                  {" · recorded "}
                  <FormattedDate date={repeat.repeatedAt} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
