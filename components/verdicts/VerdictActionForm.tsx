"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ConfirmedSubmit } from "@/components/ui/ConfirmedSubmit";
import { FormStatus } from "@/components/ui/FormStatus";
import { keepingInput } from "@/components/ui/submit-keeping-input";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { MutationResult } from "@/lib/mutation";

type Result = MutationResult<unknown>;

/**
 * One step of the verdict workflow (start, approve, send back, discard, retract): hidden record
 * fields, an optional text (comment, reason), one button, and the refusal if there is one.
 */
export function VerdictActionForm({
  action,
  hidden,
  button,
  pendingButton,
  text,
  variant = "primary",
  success,
  confirm,
}: {
  /** Acts that publish: the button opens a confirmation dialog first (see ConfirmedSubmit). */
  confirm?: { title: string; body: string; button: string };
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  hidden: Record<string, string | number>;
  button: string;
  pendingButton: string;
  text?: { id: string; label: string; help?: string; maxLength: number };
  variant?: "primary" | "secondary";
  success?: string;
}) {
  const [result, submit, pending] = useActionState(action, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    // Sent without React's reset after the action: a refused comment stays.
    <form {...keepingInput(submit)} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {text ? (
        <TextAreaField id={text.id} label={text.label} help={text.help} maxLength={text.maxLength} rows={3} errors={errors?.[text.id]} />
      ) : null}
      {confirm ? (
        <ConfirmedSubmit
          button={button}
          pendingButton={pendingButton}
          pending={pending}
          variant={variant}
          title={confirm.title}
          body={confirm.body}
          confirm={confirm.button}
        />
      ) : (
        <Button variant={variant} disabled={pending}>
          {pending ? pendingButton : button}
        </Button>
      )}
      {result && (!result.ok || success) ? <FormStatus result={result} success={success ?? ""} /> : null}
    </form>
  );
}
