import Link from "next/link";
import { notFound } from "next/navigation";
import { RatingForm } from "@/components/ratings/RatingForm";
import { RetireRatingForm } from "@/components/ratings/RetireRatingForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { getRatingForEditing, listRatingsForAdmin } from "@/lib/ratings/queries";
import { requireStaffPage } from "@/lib/session";
import { saveRating, saveRetired } from "../actions";

export const metadata = { title: "Edit rating" };

type Props = { params: Promise<{ id: string }> };

export default async function EditRatingPage({ params }: Props) {
  const { id } = await params;
  await requireStaffPage(`/moderation/ratings/${id}`);
  const rating = await getRatingForEditing(id);
  if (!rating) notFound();
  const usage = (await listRatingsForAdmin()).find((entry) => entry.id === id);
  const published = usage?.publishedVerdicts ?? 0;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation/ratings" className="text-slate-700 underline underline-offset-2">
          ← Ratings
        </Link>
      </p>
      <PageHeader
        title={`Edit “${rating.label}”`}
        description={`${published} published ${published === 1 ? "verdict carries" : "verdicts carry"} this rating${rating.retiredAt ? "; it is retired" : ""}.`}
      />
      <RatingForm
        id={rating.id}
        version={rating.version}
        ratingKey={rating.key}
        initial={{
          label: rating.label,
          description: rating.description,
          color: rating.color,
          ordinal: rating.ordinal === null ? "" : String(rating.ordinal),
          position: String(rating.position),
        }}
        action={saveRating}
        submitLabel="Save rating"
        publishedVerdicts={published}
      />
      <section aria-labelledby="retire-heading" className="mt-10 max-w-2xl border-t border-slate-200 pt-6">
        <h2 id="retire-heading" className="text-lg font-semibold text-slate-900">
          {rating.retiredAt ? "Retired" : "Retire"}
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-600">
          {rating.retiredAt
            ? "Not on the scale, the methodology page or the pickers. Restore it to use it again."
            : "Takes the rating off the scale, the methodology page and the pickers. Refused while a published verdict carries it."}
        </p>
        <RetireRatingForm
          rating={{ id: rating.id, label: rating.label, version: rating.version, retired: rating.retiredAt !== null }}
          action={saveRetired}
        />
      </section>
    </>
  );
}
