"use client";

import { startTransition, useEffect, useRef } from "react";
import { formBytes, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/request-limits";

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * A form larger than the server accepts is not sent (the server would refuse it without a word):
 * its longest field says so, and everything typed stays. Returns true when the form may be sent.
 */
function fitsTheServer(formElement: HTMLFormElement, form: FormData): boolean {
  const bytes = formBytes(form);
  if (bytes <= SERVER_ACTION_BODY_LIMIT_BYTES) return true;
  const fields = [...formElement.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("textarea, input[type=text], input:not([type])")];
  const longest = fields.sort((a, b) => b.value.length - a.value.length)[0];
  const message = `This is too much to send at once (${megabytes(bytes)}; at most ${megabytes(SERVER_ACTION_BODY_LIMIT_BYTES)}). Shorten it; nothing was sent and your text is still here.`;
  if (!longest) {
    window.alert(message);
    return false;
  }
  longest.setCustomValidity(message);
  longest.addEventListener("input", () => longest.setCustomValidity(""), { once: true });
  longest.reportValidity();
  return false;
}

/**
 * An onSubmit for forms whose fields must survive a refused save: React resets a form after its
 * action finishes, which empties uncontrolled fields and puts <select>s back to their first option
 * (facebook/react#30580). With JavaScript the form is sent from here instead, without the reset;
 * without JavaScript the form's `action` still posts it.
 */
function submitKeepingInput(submit: (form: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    if (!fitsTheServer(event.currentTarget, form)) return;
    startTransition(() => submit(form));
  };
}

/**
 * The props of a <form> sent to `submit` (useActionState's dispatch) that keeps what was typed
 * when the save is refused. Its fields are uncontrolled (defaultValue, read with FormData), so what
 * a person typed into the server's HTML before React hydrated it is what gets sent.
 */
export function keepingInput(submit: (form: FormData) => void) {
  return { action: submit, onSubmit: submitKeepingInput(submit) };
}

/**
 * A ref for a form that starts empty again after each successful save (back to its defaults),
 * ready for the next entry; a refused save leaves it as it is.
 */
export function useResetAfterSave(result: { ok: boolean } | null, enabled = true) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (enabled && result?.ok) form.current?.reset();
  }, [result, enabled]);
  return form;
}
