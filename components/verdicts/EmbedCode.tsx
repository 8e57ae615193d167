import { CopyFieldButton } from "@/components/ui/CopyFieldButton";

/** "Embed this fact check": the iframe HTML to copy, readable and selectable without JavaScript. */
export function EmbedCode({ snippet }: { snippet: string }) {
  return (
    <section aria-labelledby="embed-heading" className="mt-10 rounded-lg border border-slate-200 bg-slate-50 p-5">
      <h2 id="embed-heading" className="font-serif text-xl font-bold text-slate-900">
        Embed this fact check
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Paste this HTML into your page to show a card with the claim, our rating and a link to this page.
      </p>
      <label htmlFor="embed-code" className="mt-3 block text-sm font-medium text-slate-800">
        Embed code
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={4}
        spellCheck={false}
        value={snippet}
        className="mt-1 block w-full resize-y rounded-md border border-slate-300 bg-white p-2 font-mono text-xs leading-relaxed text-slate-900"
      />
      <div className="mt-2">
        <CopyFieldButton fieldId="embed-code" label="Copy embed code" />
      </div>
    </section>
  );
}
