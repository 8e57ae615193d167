import { startTransition, type FormEvent } from "react";

/**
 * onSubmit for a form with `action={dispatch}` (useActionState) whose fields are controlled: React
 * resets a form after its action runs, and a reset puts controlled <select>s back to their first
 * option (facebook/react#30580), so a refused save would lose the choice. With JavaScript the
 * dispatch happens here, without the reset; without it the browser posts the form as usual.
 */
export function submitKeepingValues(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
}
