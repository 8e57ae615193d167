"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** True on the server and while React hydrates the server's HTML; false once the page runs. */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}

/**
 * The defaultValue for the uncontrolled <textarea> `id` that keeps what a person typed into the
 * server's HTML before hydration. React puts a hydrated textarea back to its server text when that
 * text is not empty; during the hydration render (before React reaches the element) the text in
 * the browser is read and given as the default instead.
 */
export function useTextKeptThroughHydration(id: string, defaultValue: string | undefined): string | undefined {
  const hydrating = useHydrating();
  if (!hydrating || !defaultValue || typeof document === "undefined") return defaultValue;
  const element = document.getElementById(id);
  return element instanceof HTMLTextAreaElement ? element.value : defaultValue;
}
