"use server";

import { redirect } from "next/navigation";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { createRating, setRatingRetired, updateRating } from "@/lib/ratings/mutations";

type Saved = MutationResult<{ id: string; version: number }>;

const ratingFields = (form: FormData) => ({
  label: form.get("label"),
  description: form.get("description"),
  color: form.get("color"),
  ordinal: form.get("ordinal"),
  position: form.get("position"),
});

export async function saveNewRating(_previous: Saved | null, form: FormData): Promise<Saved> {
  const result = await createRating(ratingFields(form));
  if (result.ok) redirect(`/moderation/ratings?added=${encodeURIComponent(result.data.key)}`);
  return result;
}

export async function saveRating(_previous: Saved | null, form: FormData): Promise<Saved> {
  return refreshedOnSuccess(
    updateRating({ ...ratingFields(form), methodologyNote: form.get("methodologyNote"), id: form.get("id"), version: form.get("version") }),
  );
}

type Retired = MutationResult<{ id: string; version: number; retired: boolean; draftsUsingIt: number }>;

export async function saveRetired(_previous: Retired | null, form: FormData): Promise<Retired> {
  return refreshedOnSuccess(setRatingRetired({ id: form.get("id"), version: form.get("version"), retire: form.get("retire") }));
}
