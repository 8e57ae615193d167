"use server";

import { renderMarkdown } from "@/lib/markdown";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { getCurrentUser } from "@/lib/session";
import type { EditorInput, EditorResult, EditorSaveMode } from "@/lib/verdicts/editor";
import {
  approveVerdict,
  autosaveVerdictDraft,
  saveVerdictDraft,
  sendBackVerdict,
  startVerdict,
  submitVerdict,
} from "@/lib/verdicts/drafts";
import { retractVerdict } from "@/lib/verdicts/retraction";
import {
  approveRevision,
  autosaveRevision,
  discardRevision,
  saveRevisionDraft,
  sendBackRevision,
  startRevision,
  submitRevision,
} from "@/lib/verdicts/revisions";

/** Autosave (no audit event, no page refresh), "Save draft", or submit/publish. */
export async function saveEditor(mode: EditorSaveMode, input: EditorInput): Promise<EditorResult> {
  const { target, ...fields } = input;
  if (target.type === "verdict") {
    const data = { verdictId: target.verdictId, ...fields };
    if (mode === "autosave") return autosaveVerdictDraft(data);
    if (mode === "save") return saveVerdictDraft(data);
    return refreshedOnSuccess(submitVerdict(data));
  }
  const data = { revisionId: target.revisionId, ...fields };
  if (mode === "autosave") return autosaveRevision(data);
  if (mode === "save") return saveRevisionDraft(data);
  const result = await refreshedOnSuccess(submitRevision(data));
  return result.ok ? { ok: true, data: { version: input.version + 1, published: result.data.published } } : result;
}

/** The rationale as the public page will show it (sanitised), for the editor's live preview. */
export async function previewRationale(markdown: string): Promise<string | null> {
  if (!(await getCurrentUser())) return null;
  return renderMarkdown(String(markdown).slice(0, 40_000));
}

type FormResult = MutationResult<unknown>;
const field = (form: FormData, name: string) => form.get(name);

export async function startVerdictAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(startVerdict({ claimId: field(form, "claimId") }));
}

export async function approveVerdictAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(approveVerdict({ verdictId: field(form, "verdictId"), version: field(form, "version") }));
}

export async function sendBackVerdictAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(
    sendBackVerdict({ verdictId: field(form, "verdictId"), version: field(form, "version"), comment: field(form, "comment") }),
  );
}

export async function startRevisionAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(startRevision({ verdictId: field(form, "verdictId"), version: field(form, "version") }));
}

export async function approveRevisionAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(approveRevision({ revisionId: field(form, "revisionId"), version: field(form, "version") }));
}

export async function sendBackRevisionAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(
    sendBackRevision({ revisionId: field(form, "revisionId"), version: field(form, "version"), comment: field(form, "comment") }),
  );
}

export async function discardRevisionAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(discardRevision({ revisionId: field(form, "revisionId"), version: field(form, "version") }));
}

export async function retractVerdictAction(_previous: FormResult | null, form: FormData): Promise<FormResult> {
  return refreshedOnSuccess(
    retractVerdict({ verdictId: field(form, "verdictId"), version: field(form, "version"), reason: field(form, "reason") }),
  );
}
