"use server";

import { redirect } from "next/navigation";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { createSource, mergeSources, removeSourceAlias, updateSource } from "@/lib/sources/mutations";

type Saved = MutationResult<{ id: string; version: number }>;

const sourceFields = (form: FormData) => ({
  domain: form.get("domain"),
  name: form.get("name"),
  kind: form.get("kind"),
  reliability: form.get("reliability"),
  reliabilityNote: form.get("reliabilityNote"),
  status: form.get("status"),
  internalNotes: form.get("internalNotes"),
});

export async function saveNewSource(_previous: Saved | null, form: FormData): Promise<Saved> {
  const result = await createSource(sourceFields(form));
  if (result.ok) redirect(`/moderation/sources/${result.data.id}?saved=created`);
  return result;
}

export async function saveSource(_previous: Saved | null, form: FormData): Promise<Saved> {
  return refreshedOnSuccess(updateSource({ ...sourceFields(form), id: form.get("id"), version: form.get("version") }));
}

type Merged = MutationResult<{ survivorId: string; version: number; articlesMoved: number; evidenceMoved: number }>;

export async function mergeDuplicate(_previous: Merged | null, form: FormData): Promise<Merged> {
  const result = await mergeSources({
    survivorId: form.get("survivorId"),
    survivorVersion: form.get("survivorVersion"),
    duplicateId: form.get("duplicateId"),
    duplicateVersion: form.get("duplicateVersion"),
  });
  if (result.ok) {
    const { survivorId, articlesMoved, evidenceMoved } = result.data;
    redirect(`/moderation/sources/${survivorId}?saved=merged&articles=${articlesMoved}&evidence=${evidenceMoved}`);
  }
  return result;
}

export async function removeAlias(_previous: MutationResult<{ id: string; domain: string }> | null, form: FormData) {
  return refreshedOnSuccess(removeSourceAlias({ id: form.get("id"), domain: form.get("domain") }));
}
