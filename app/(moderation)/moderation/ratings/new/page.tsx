import Link from "next/link";
import { RatingForm } from "@/components/ratings/RatingForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { listRatingsForAdmin } from "@/lib/ratings/queries";
import { requireStaffPage } from "@/lib/session";
import { saveNewRating } from "../actions";

export const metadata = { title: "Add a rating" };

export default async function NewRatingPage() {
  await requireStaffPage("/moderation/ratings/new");
  const ratings = await listRatingsForAdmin();
  const nextPosition = Math.max(0, ...ratings.map((rating) => rating.position)) + 1;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/moderation/ratings" className="text-slate-700 underline underline-offset-2">
          ← Ratings
        </Link>
      </p>
      <PageHeader title="Add a rating" />
      <RatingForm
        initial={{ label: "", description: "", color: "#475569", ordinal: "", position: String(nextPosition) }}
        action={saveNewRating}
        submitLabel="Add rating"
      />
    </>
  );
}
