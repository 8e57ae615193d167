"use server";

import { addFeed, removeFeed, setFeedStatus, updateFeed, type AddedFeed } from "@/lib/monitoring/feeds";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";

/** The watched feeds of a source's moderation page (lib/monitoring/feeds.ts). */

export async function addFeedAction(_previous: MutationResult<AddedFeed> | null, form: FormData) {
  return refreshedOnSuccess(
    addFeed({
      sourceId: form.get("sourceId"),
      address: form.get("address"),
      pollMinutes: form.get("pollMinutes"),
      maxItemsPerPoll: form.get("maxItemsPerPoll"),
    }),
  );
}

export async function saveFeedSettings(_previous: MutationResult<{ id: string; version: number }> | null, form: FormData) {
  return refreshedOnSuccess(
    updateFeed({
      id: form.get("id"),
      version: form.get("version"),
      pollMinutes: form.get("pollMinutes"),
      maxItemsPerPoll: form.get("maxItemsPerPoll"),
    }),
  );
}

export async function saveFeedStatus(_previous: MutationResult<unknown> | null, form: FormData): Promise<MutationResult<unknown>> {
  const input = { id: form.get("id"), version: form.get("version") };
  if (form.get("decision") === "remove") return refreshedOnSuccess(removeFeed(input));
  return refreshedOnSuccess(setFeedStatus({ ...input, status: form.get("status") }));
}
