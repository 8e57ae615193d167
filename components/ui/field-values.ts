"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The values of some of a form's uncontrolled fields (by name), for what the form shows while it
 * is filled in: previews, hints, lookups. Read from the form at each change and once after
 * hydration, so that what was typed into the server's HTML counts too. Spread `bind` on the <form>;
 * call `read` after changing a field from code.
 */
export function useFieldValues<T extends Record<string, string>>(initial: T) {
  const ref = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const read = useCallback(() => {
    if (!ref.current) return;
    const form = new FormData(ref.current);
    setValues((previous) => {
      const next = Object.fromEntries(Object.keys(previous).map((name) => [name, String(form.get(name) ?? "")])) as T;
      return Object.keys(next).some((name) => next[name] !== previous[name]) ? next : previous;
    });
  }, []);
  useEffect(read, [read]);
  return { values, read, bind: { ref, onChange: read } };
}
