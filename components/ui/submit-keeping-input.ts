"use client";

import { startTransition } from "react";

/**
 * An onSubmit for forms whose fields are controlled (what was typed must survive a refused save):
 * React resets a form after its action finishes, which empties controlled textareas and selects
 * behind React's back and puts controlled <select>s back to their first option (facebook/react#30580). With JavaScript the form is sent from here instead, without the reset;
 * without JavaScript the form's `action` still posts it.
 */
export function submitKeepingInput(submit: (form: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => submit(form));
  };
}
