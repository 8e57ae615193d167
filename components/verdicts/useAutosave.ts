"use client";

import { useEffect, useRef, useState } from "react";
import type { MutationResult } from "@/lib/mutation";
import type { EditorSaveMode } from "@/lib/verdicts/editor";

/** How long typing must pause before the draft is autosaved. */
export const AUTOSAVE_DELAY_MS = 1200;

export type SaveState = { state: "idle" | "saving" | "saved" | "paused" | "submitted"; at?: Date };
export type SaveRefusal = Extract<MutationResult<unknown>, { ok: false }>;

/**
 * Saves a draft's fields as they are typed (after `delay` without a change) and on demand
 * ("save", "submit"). Saves run one after another, each naming the version the previous one
 * produced, so that the server can refuse a save based on a version someone else has replaced
 * (409). Then their version becomes the base (a deliberate "save" replaces it), and autosave
 * pauses until a save succeeds. Invalid input (400) is shown at the fields and autosave goes on
 * once they are fixed. A save that fails outright (connection, server) pauses autosave too.
 */
export function useAutosave<F extends Record<string, string>>({
  fields,
  initial,
  version,
  save,
  delay = AUTOSAVE_DELAY_MS,
}: {
  /** The form's values now. */
  fields: F;
  /** The values the server held when the form opened (at `version`). */
  initial: F;
  version: number;
  save: (mode: EditorSaveMode, fields: F, version: number) => Promise<MutationResult<{ version: number; savedAt?: Date }>>;
  delay?: number;
}) {
  const [saveState, setSaveState] = useState<SaveState>({ state: "idle" });
  const [refusal, setRefusal] = useState<SaveRefusal | null>(null);
  const fieldsRef = useRef(fields);
  const versionRef = useRef(version);
  // The saved values: as state for rendering (`dirty`), and in a ref for the save queue.
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial));
  const savedRef = useRef(savedJson);
  const pausedRef = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    fieldsRef.current = fields;
    saveRef.current = save;
  });

  const dirty = JSON.stringify(fields) !== savedJson;

  function run(mode: EditorSaveMode) {
    const next = queue.current.then(async () => {
      if (mode === "autosave" && (pausedRef.current || JSON.stringify(fieldsRef.current) === savedRef.current)) return;
      const sent = fieldsRef.current;
      setSaveState({ state: "saving" });
      const result = await saveRef.current(mode, sent, versionRef.current);
      if (result.ok) {
        versionRef.current = result.data.version;
        savedRef.current = JSON.stringify(sent);
        setSavedJson(savedRef.current);
        pausedRef.current = false;
        setRefusal(null);
        setSaveState(mode === "submit" ? { state: "submitted" } : { state: "saved", at: new Date(result.data.savedAt ?? Date.now()) });
        return;
      }
      setRefusal(result);
      if (result.status === 409 && typeof result.current?.version === "number") {
        // Their version is now the base: an explicit save replaces it with what is on screen.
        versionRef.current = result.current.version;
      }
      pausedRef.current = result.status !== 400;
      setSaveState({ state: pausedRef.current ? "paused" : "idle" });
    });
    queue.current = next.catch(() => {
      pausedRef.current = true;
      setSaveState({ state: "paused" });
      setRefusal({
        ok: false,
        status: 400,
        message: "Saving failed (connection or server problem). Your text is still here; try Save draft again.",
      });
    });
  }

  useEffect(() => {
    if (!dirty || pausedRef.current) return;
    const timer = setTimeout(() => run("autosave"), delay);
    return () => clearTimeout(timer);
  }, [fields, dirty, delay]);

  return { saveState, refusal, dirty, run };
}
