import Link from "next/link";
import { RatingScaleTable } from "@/components/ratings/RatingScaleTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { listRatingsForAdmin } from "@/lib/ratings/queries";
import { firstValue } from "@/lib/search/filters";
import { requireStaffPage } from "@/lib/session";

export const metadata = { title: "Ratings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RatingsPage({ searchParams }: Props) {
  await requireStaffPage("/moderation/ratings");
  const ratings = await listRatingsForAdmin();
  const added = firstValue(await searchParams, "added");
  const addedRating = added ? ratings.find((rating) => rating.key === added) : undefined;

  return (
    <>
      <PageHeader
        title="Ratings"
        description="The rating scale on every verdict, the methodology page and in ClaimReview. Changes show on public pages at once."
      >
        <Link
          href="/moderation/ratings/new"
          className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700"
        >
          Add a rating
        </Link>
      </PageHeader>
      {addedRating ? (
        <p role="status" className="mb-5 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
          “{addedRating.label}” added to the scale.
        </p>
      ) : null}
      <RatingScaleTable ratings={ratings} />
      <p className="mt-3 max-w-prose text-sm text-slate-600">
        A rating can be retired when no published verdict carries it: it leaves the scale, the methodology page and the pickers. Verdicts
        that carried it keep it.
      </p>
    </>
  );
}
