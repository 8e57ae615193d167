"use client";

import { useEffect, useRef } from "react";

/**
 * A ref for the message that reports a save: it takes the focus when a result arrives. The button
 * pressed is disabled while saving (and Take disappears once the claim is taken), so the browser
 * would otherwise drop the focus to the start of the page, far from what happened.
 */
export function useFocusOnResult<T extends HTMLElement = HTMLParagraphElement>(result: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  return ref;
}
