import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeForm } from "@/components/ui/MergeForm";
import { sourceStatusTone } from "@/components/sources/SourceTable";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { firstValue } from "@/lib/search/filters";
import { requireStaffPage } from "@/lib/session";
import { sourceStatusLabel } from "@/lib/sources/labels";
import { getSourceForEditing, listMergeCandidates } from "@/lib/sources/queries";
import { mergeDuplicate } from "@/app/(moderation)/moderation/sources/actions";

export const metadata = { title: "Merge sources" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function MergeSourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/moderation/sources/${id}/merge`;
  await requireStaffPage(path);
  const survivor = await getSourceForEditing(id);
  if (!survivor) notFound();
  const query = await searchParams;
  const q = (firstValue(query, "q") ?? "").slice(0, 200);
  const duplicateId = firstValue(query, "duplicate");
  const duplicate = duplicateId && duplicateId !== id ? await getSourceForEditing(duplicateId) : null;
  const candidates = duplicate ? [] : await listMergeCandidates(id, q);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/moderation/sources/${id}`} className="text-slate-700 underline underline-offset-2">
          ← {survivor.name}
        </Link>
      </p>
      <PageHeader
        title={`Merge a duplicate into ${survivor.name}`}
        description={`For two registry entries of the same outlet. ${survivor.name} (${survivor.domain}) stays; the duplicate's articles and evidence move to it, its domain is kept as an alias and the duplicate is deleted.`}
      />

      {duplicate ? (
        <section aria-labelledby="confirm-heading" className="max-w-2xl rounded-lg border-2 border-red-200 bg-white p-5 shadow-sm">
          <h2 id="confirm-heading" className="text-lg font-semibold text-slate-900">
            Confirm the merge
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
            <li>
              {plural(duplicate._count.articles, "article", "articles")} and {plural(duplicate._count.evidence, "piece", "pieces")} of
              evidence move from <strong>{duplicate.name}</strong> ({duplicate.domain}) to <strong>{survivor.name}</strong> (
              {survivor.domain}).
            </li>
            <li>
              {duplicate.name} ({duplicate.domain}) is deleted from the registry; its internal notes are kept on {survivor.name} (
              {survivor.domain}). Its domain <span className="font-mono text-sm">{duplicate.domain}</span>
              {duplicate.aliases.length ? (
                <>
                  {" "}
                  and its aliases <span className="font-mono text-sm">
                    {duplicate.aliases.map((alias) => alias.domain).join(", ")}
                  </span>{" "}
                  stay as aliases
                </>
              ) : (
                " stays as an alias"
              )}{" "}
              of {survivor.name}: articles and evidence from {duplicate.aliases.length ? "them" : "it"} count as {survivor.name}
              {survivor.status === "BLOCKED" ? " and are refused while it is blocked" : ""}.
            </li>
            {duplicate.status === "BLOCKED" && survivor.status !== "BLOCKED" ? (
              <li>
                <strong>
                  {duplicate.name} is blocked and {survivor.name} is not:
                </strong>{" "}
                after the merge its domain can be cited again.
              </li>
            ) : null}
            <li>Public pages show {survivor.name}&apos;s name and reliability for all of it. The audit log records the merge.</li>
          </ul>
          <div className="mt-5 flex flex-wrap items-start gap-4">
            <MergeForm
              survivor={{ id: survivor.id, name: survivor.name, version: survivor.version, detail: survivor.domain }}
              duplicate={{ id: duplicate.id, name: duplicate.name, version: duplicate.version, detail: duplicate.domain }}
              action={mergeDuplicate}
            />
            <Link href={path} className="py-2 text-sm font-medium text-slate-900 underline underline-offset-2">
              Choose another source
            </Link>
          </div>
        </section>
      ) : (
        <section aria-labelledby="choose-heading" className="max-w-3xl">
          <h2 id="choose-heading" className="text-lg font-semibold text-slate-900">
            Choose the duplicate
          </h2>
          <form action={path} method="get" role="search" aria-label="Sources to merge" className="mt-3 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="merge-q" className="block text-sm font-medium text-slate-800">
                Name or domain
              </label>
              <input
                id="merge-q"
                type="search"
                name="q"
                defaultValue={q}
                maxLength={200}
                className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm"
              />
            </div>
            <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
              Search
            </button>
          </form>
          <p className="mt-3 text-sm text-slate-600">
            {q ? `Sources matching “${q}”:` : `Sources with names or domains like ${survivor.name}’s:`}
          </p>
          {candidates.length === 0 ? (
            <p className="mt-3 text-slate-700">No source found. Search by another name or domain.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
              {candidates.map((candidate) => (
                <li key={candidate.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">
                      {candidate.name} <Badge tone={sourceStatusTone[candidate.status]}>{sourceStatusLabel[candidate.status]}</Badge>
                    </p>
                    <p className="font-mono text-sm break-all text-slate-600">{candidate.domain}</p>
                    <p className="text-sm text-slate-600">
                      {plural(candidate._count.articles, "article", "articles")} · cited{" "}
                      {plural(candidate._count.evidence, "time", "times")}
                    </p>
                  </div>
                  <Link
                    href={`${path}?duplicate=${encodeURIComponent(candidate.id)}`}
                    className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
                  >
                    Choose<span className="sr-only"> {candidate.name} as the duplicate</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
