"use client";

import { useEffect, useRef, useState } from "react";
import { TextField } from "@/components/ui/TextField";

/**
 * A search filter that takes a name, offering names as one types: a text field with a native
 * datalist (the browser's own accessible combobox), filled from /search/suggestions. Without
 * JavaScript it is a plain text field, and the server resolves whatever is typed.
 */
export function NameField({
  id,
  name,
  field,
  label,
  help,
  defaultValue,
}: {
  id: string;
  name: string;
  field: "claimant" | "source";
  label: string;
  help: string;
  defaultValue: string;
}) {
  const [names, setNames] = useState<string[]>([]);
  const pending = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      pending.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function lookUp(text: string) {
    if (timer.current) clearTimeout(timer.current);
    const q = text.trim();
    if (q.length < 2) return;
    // A short pause, so that a fast typist sends one request per word rather than per letter.
    timer.current = setTimeout(async () => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      try {
        const response = await fetch(`/search/suggestions?${new URLSearchParams({ field, q })}`, { signal: controller.signal });
        if (response.ok) setNames(((await response.json()) as { names: string[] }).names);
      } catch {
        // Aborted by the next keystroke, or offline: the field still works as plain text.
      }
    }, 150);
  }

  return (
    <>
      <TextField
        id={id}
        name={name}
        label={label}
        help={help}
        defaultValue={defaultValue}
        list={`${id}-names`}
        autoComplete="off"
        onInput={(event) => lookUp(event.currentTarget.value)}
      />
      <datalist id={`${id}-names`}>
        {names.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </>
  );
}
