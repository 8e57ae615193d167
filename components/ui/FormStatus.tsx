import type { MutationResult } from "@/lib/mutation";

/**
 * The outcome of a form's last save: a success note or the refusal, announced to screen readers.
 * `focusRef` (from useFocusOnResult) moves the focus to it when it appears.
 */
export function FormStatus({
  result,
  success,
  focusRef,
}: {
  result: MutationResult<unknown> | null;
  success: string;
  focusRef?: React.Ref<HTMLParagraphElement>;
}) {
  if (!result) return null;
  const focusable = focusRef ? { ref: focusRef, tabIndex: -1 } : {};
  if (result.ok) {
    return (
      <p role="status" className="text-sm font-medium text-emerald-800" {...focusable}>
        {success}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" {...focusable}>
      {result.message}
    </p>
  );
}

/** A field's messages from a refused save, linked to its input with aria-describedby. */
export function FieldMessages({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {messages.join(" ")}
    </p>
  );
}
