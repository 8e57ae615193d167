"use client";

import { useId, useRef } from "react";
import { Button } from "./Button";

/**
 * A submit button for an act that cannot be taken back with one more click (publishing,
 * retiring): the first button only opens a native modal <dialog> that says what will happen; the
 * form is sent by the dialog's own button, which has the focus. The dialog keeps keyboard focus
 * inside it and Escape closes it. The server action still checks everything itself.
 */
export function ConfirmedSubmit({
  button,
  pendingButton,
  pending,
  title,
  body,
  confirm,
  variant = "primary",
}: {
  button: string;
  pendingButton: string;
  pending: boolean;
  /** The dialog's question, e.g. "Publish this verdict now?". */
  title: string;
  /** What happens, in a sentence or two. */
  body: string;
  /** The button that sends the form, e.g. "Yes, publish it". */
  confirm: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <>
      <Button type="button" variant={variant} disabled={pending} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {pending ? pendingButton : button}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        <p id={bodyId} className="mt-2 text-slate-800">
          {body}
        </p>
        <div className="mt-5 flex flex-wrap gap-3">
          {/* Inside the form: this button sends it. Closing first keeps the page usable while it saves. */}
          <Button variant={variant} autoFocus onClick={() => dialog.current?.close()}>
            {confirm}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
        </div>
      </dialog>
    </>
  );
}
