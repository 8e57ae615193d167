import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeForm } from "@/components/ui/MergeForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { getClaimantForMerge, listClaimantMergeCandidates } from "@/lib/claimants/queries";
import { firstValue } from "@/lib/search/filters";
import { requireStaffPage } from "@/lib/session";
import { mergeDuplicateClaimant } from "@/app/(moderation)/moderation/claimants/actions";

export const metadata = { title: "Merge claimants" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function MergeClaimantPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/moderation/claimants/${id}/merge`;
  await requireStaffPage(path);
  const survivor = await getClaimantForMerge(id);
  if (!survivor) notFound();
  const query = await searchParams;
  const q = (firstValue(query, "q") ?? "").slice(0, 200);
  const duplicateId = firstValue(query, "duplicate");
  const duplicate = duplicateId && duplicateId !== id ? await getClaimantForMerge(duplicateId) : null;
  const candidates = duplicate ? [] : await listClaimantMergeCandidates(id, q);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation/claimants" className="text-slate-700 underline underline-offset-2">
          ← Claimants
        </Link>
      </p>
      <PageHeader
        title={`Merge a duplicate into ${survivor.name}`}
        description={`For two entries that are the same person or organisation. ${survivor.name} stays; the duplicate's claims move to it and the duplicate is deleted.`}
      />

      {duplicate ? (
        <section aria-labelledby="confirm-heading" className="max-w-2xl rounded-lg border-2 border-red-200 bg-white p-5 shadow-sm">
          <h2 id="confirm-heading" className="text-lg font-semibold text-slate-900">
            Confirm the merge
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
            <li>
              {plural(duplicate._count.claims, "claim", "claims")} {duplicate._count.claims === 1 ? "moves" : "move"} from{" "}
              <strong>{duplicate.name}</strong> to <strong>{survivor.name}</strong>, with their verdicts: public pages, search and feeds
              name {survivor.name}.
            </li>
            <li>
              {duplicate.name} is deleted. Its address <span className="font-mono text-sm">/claimants/{duplicate.slug}</span> redirects to{" "}
              <span className="font-mono text-sm">/claimants/{survivor.slug}</span>, and a claim naming “{duplicate.name}”
              {duplicate.aliases.length ? ` (or ${duplicate.aliases.map((alias) => `“${alias.name}”`).join(", ")})` : ""} goes to{" "}
              {survivor.name}.
            </li>
            {!survivor.description && duplicate.description ? (
              <li>{survivor.name} takes the duplicate&apos;s description, having none.</li>
            ) : null}
            <li>The audit log records the merge. It cannot be undone from here.</li>
          </ul>
          {duplicate.claims.length > 0 ? (
            <>
              <h3 className="mt-4 text-sm font-semibold text-slate-800">Latest claims of {duplicate.name}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {duplicate.claims.map((claim) => (
                  <li key={claim.id}>{claim.text}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="mt-5 flex flex-wrap items-start gap-4">
            <MergeForm
              survivor={{ id: survivor.id, name: survivor.name, version: survivor.version }}
              duplicate={{ id: duplicate.id, name: duplicate.name, version: duplicate.version }}
              action={mergeDuplicateClaimant}
            />
            <Link href={path} className="py-2 text-sm font-medium text-slate-900 underline underline-offset-2">
              Choose another claimant
            </Link>
          </div>
        </section>
      ) : (
        <section aria-labelledby="choose-heading" className="max-w-3xl">
          <h2 id="choose-heading" className="text-lg font-semibold text-slate-900">
            Choose the duplicate
          </h2>
          <form action={path} method="get" role="search" aria-label="Claimants to merge" className="mt-3 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="merge-q" className="block text-sm font-medium text-slate-800">
                Name
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
            {q ? `Claimants matching “${q}”:` : `Claimants with names like ${survivor.name}’s:`}
          </p>
          {candidates.length === 0 ? (
            <p className="mt-3 text-slate-700">No claimant found. Search by another name.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
              {candidates.map((candidate) => (
                <li key={candidate.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">{candidate.name}</p>
                    {candidate.aliases.length ? (
                      <p className="text-sm text-slate-600">also known as {candidate.aliases.map((alias) => alias.name).join(", ")}</p>
                    ) : null}
                    <p className="text-sm text-slate-600">
                      {plural(candidate._count.claims, "claim", "claims")} · <span className="font-mono">/claimants/{candidate.slug}</span>
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
