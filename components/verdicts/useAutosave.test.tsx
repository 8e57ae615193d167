import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MutationResult } from "@/lib/mutation";
import type { EditorSaveMode } from "@/lib/verdicts/editor";
import { AUTOSAVE_DELAY_MS, useAutosave } from "./useAutosave";

type Fields = { conclusion: string };
type Result = MutationResult<{ version: number; savedAt?: Date }>;

/** A stand-in for the server: records each save and answers with the next result queued, or a saved version. */
function server() {
  const calls: { mode: EditorSaveMode; fields: Fields; version: number }[] = [];
  const answers: (Result | Error)[] = [];
  const save = vi.fn(async (mode: EditorSaveMode, fields: Fields, version: number): Promise<Result> => {
    calls.push({ mode, fields, version });
    const answer = answers.shift() ?? { ok: true, data: { version: version + 1, savedAt: new Date() } };
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { calls, answers, save };
}

const initial: Fields = { conclusion: "Draft" };

function editor(save: ReturnType<typeof server>["save"]) {
  return renderHook(({ fields }) => useAutosave({ fields, initial, version: 3, save }), { initialProps: { fields: initial } });
}

/** Lets the typing pause pass and every save in the queue settle. */
const pause = () => act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("autosave of a draft", () => {
  it("saves once typing pauses, naming the version it was based on, and the next save names the new one", async () => {
    const { calls, save } = server();
    const { result, rerender } = editor(save);
    expect(result.current.dirty).toBe(false);

    rerender({ fields: { conclusion: "Draft, edited" } });
    expect(result.current.dirty).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1));
    expect(calls).toEqual([]); // still typing
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(calls).toEqual([{ mode: "autosave", fields: { conclusion: "Draft, edited" }, version: 3 }]);
    expect(result.current.saveState.state).toBe("saved");
    expect(result.current.dirty).toBe(false);

    rerender({ fields: { conclusion: "Draft, edited twice" } });
    await pause();
    expect(calls.at(-1)).toEqual({ mode: "autosave", fields: { conclusion: "Draft, edited twice" }, version: 4 });
  });

  it("does not autosave what is already saved", async () => {
    const { calls, save } = server();
    const { rerender } = editor(save);
    rerender({ fields: { conclusion: "Draft" } });
    await pause();
    expect(calls).toEqual([]);
  });

  it("runs saves one after another: a save asked for during another waits for its version", async () => {
    const { calls, save } = server();
    const { result, rerender } = editor(save);
    rerender({ fields: { conclusion: "Typed" } });
    act(() => {
      result.current.run("save");
      result.current.run("submit");
    });
    await act(() => vi.runAllTimersAsync());
    expect(calls.map(({ mode, version }) => [mode, version])).toEqual([
      ["save", 3],
      ["submit", 4],
    ]);
    expect(result.current.saveState.state).toBe("submitted");
  });

  it("after a stale save (409) shows the refusal, pauses autosave, and a deliberate save replaces the other version", async () => {
    const { calls, answers, save } = server();
    answers.push({
      ok: false,
      status: 409,
      message: "Someone else saved this verdict draft after you opened it.",
      current: { conclusion: "Theirs", version: 7 },
    });
    const { result, rerender } = editor(save);

    rerender({ fields: { conclusion: "Mine" } });
    await pause();
    expect(result.current.refusal).toMatchObject({ status: 409, current: { conclusion: "Theirs" } });
    expect(result.current.saveState.state).toBe("paused");

    rerender({ fields: { conclusion: "Mine, still typing" } });
    await pause();
    expect(calls).toHaveLength(1); // autosave stays paused

    act(() => result.current.run("save"));
    await act(() => vi.runAllTimersAsync());
    expect(calls.at(-1)).toEqual({ mode: "save", fields: { conclusion: "Mine, still typing" }, version: 7 });
    expect(result.current.refusal).toBeNull();
    expect(result.current.saveState.state).toBe("saved");
  });

  it("after invalid input (400) keeps autosaving once the fields change", async () => {
    const { calls, answers, save } = server();
    answers.push({ ok: false, status: 400, message: "Some fields need attention.", fieldErrors: { conclusion: ["Too short."] } });
    const { result, rerender } = editor(save);

    rerender({ fields: { conclusion: "x" } });
    await pause();
    expect(result.current.refusal?.fieldErrors).toEqual({ conclusion: ["Too short."] });
    expect(result.current.saveState.state).toBe("idle");

    rerender({ fields: { conclusion: "A conclusion long enough" } });
    await pause();
    expect(calls.map(({ fields, version }) => [fields.conclusion, version])).toEqual([
      ["x", 3],
      ["A conclusion long enough", 3],
    ]);
    expect(result.current.refusal).toBeNull();
  });

  it("pauses with a message when a save fails outright, keeping the text", async () => {
    const { answers, save } = server();
    answers.push(new Error("fetch failed"));
    const { result, rerender } = editor(save);
    rerender({ fields: { conclusion: "Typed offline" } });
    await pause();
    expect(result.current.saveState.state).toBe("paused");
    expect(result.current.refusal?.message).toMatch(/^Saving failed/);
    expect(result.current.dirty).toBe(true);
  });
});
