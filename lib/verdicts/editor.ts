import type { MutationResult } from "@/lib/mutation";

/**
 * What the verdict editor (components/verdicts/VerdictEditor.tsx) and its server action
 * (saveEditor in the verdict page's actions.ts) exchange. Types only, so that the client component
 * need not import from app/.
 */

/** Autosave (no audit event, no page refresh), "Save draft", or submit/publish. */
export type EditorSaveMode = "autosave" | "save" | "submit";

/** What the verdict editor sends: the draft as on screen, and the version it was based on. */
export type EditorInput = {
  target: { type: "verdict"; verdictId: string } | { type: "revision"; revisionId: string };
  version: number;
  ratingId: string;
  conclusion: string;
  rationale: string;
  note?: string;
};

export type EditorResult = MutationResult<{ version: number; savedAt?: Date; published?: boolean }>;
