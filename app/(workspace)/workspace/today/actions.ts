"use server";

import { redirect } from "next/navigation";
import { acceptSuggestions, dismissSuggestions, recordRepeat } from "@/lib/monitoring/suggestion-decisions";
import { parseTodayFilters, todayQuery } from "@/lib/monitoring/today";
import type { MutationResult } from "@/lib/mutation";

type Decided = MutationResult<unknown>;

/**
 * One click on a row of Today's claims: accept, record as a repeat, or dismiss (the pressed
 * button's `decision`). On success, back to the list with the same filters, told what happened.
 */
export async function decideSuggestion(_previous: Decided | null, form: FormData): Promise<Decided> {
  const input = { suggestions: form.getAll("suggestions") };
  const decision = form.get("decision");
  // The list's filters, read and written again: never an address of the form's choosing.
  const filters = parseTodayFilters(Object.fromEntries(new URLSearchParams(String(form.get("query") ?? ""))));
  const query = todayQuery(filters);
  // Back on the page the row was on (or the last one, if the list is now shorter).
  if (filters.page > 1) query.set("page", String(filters.page));
  if (decision === "accept") {
    const result = await acceptSuggestions(input);
    if (!result.ok) return result;
    query.set("accepted", result.data.claimId);
  } else if (decision === "repeat") {
    const result = await recordRepeat(input);
    if (!result.ok) return result;
    query.set("repeated", result.data.claimId);
  } else {
    const result = await dismissSuggestions(input);
    if (!result.ok) return result;
    query.set("dismissed", String(result.data.dismissed));
  }
  redirect(`/workspace/today?${query}`);
}
