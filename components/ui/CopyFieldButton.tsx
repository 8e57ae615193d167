/**
 * A button that copies the text of the field `fieldId`, for pages sent without Next.js's scripts
 * (lib/script-free.ts): a few lines of plain JavaScript (public/scripts/copy-button.js) show and
 * run it. Hidden until that script runs, so that without JavaScript no dead button is shown.
 * Client-rendered forms use components/ui/CopyButton.tsx instead.
 */
export function CopyFieldButton({ fieldId, label }: { fieldId: string; label: string }) {
  const statusId = `${fieldId}-copy-status`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        hidden
        data-copy-from={fieldId}
        data-copy-status={statusId}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-50"
      >
        {label}
      </button>
      <p id={statusId} role="status" className="text-sm text-slate-600" />
      {/* Deferred: runs once the page is parsed. One copy button a page (the script wires them all). */}
      <script src="/scripts/copy-button.js" defer />
    </div>
  );
}
