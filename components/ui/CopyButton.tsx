"use client";

import { useState } from "react";
import { useHydrating } from "@/components/ui/hydration";

/**
 * Copies `text` to the clipboard and says so. It renders only once JavaScript runs: without it
 * the button could do nothing, and the text it copies is on the page to select by hand.
 */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const ready = !useHydrating();
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Could not copy: select the code and copy it by hand.");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {ready ? (
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-50"
        >
          {label}
        </button>
      ) : null}
      <p role="status" className="text-sm text-slate-600">
        {status}
      </p>
    </div>
  );
}
