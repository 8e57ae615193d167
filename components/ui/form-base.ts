import type { MutationResult } from "@/lib/mutation";

/**
 * What a versioned form with uncontrolled fields saves on top of: `version`, whose values of the
 * form's fields are `values` (null while unknown). Uncontrolled fields keep the values they were
 * mounted with (React does not apply a new defaultValue to a <select>), so a page refresh caused
 * by another form must not move the form onto a version whose values it does not show: its save
 * would silently undo what someone else saved. Only the form's own results move it on — its own
 * save, or the current record its own 409 reported (the form lists what changed) — and a refreshed
 * page only when that version has the very values the form's base has (another form on the page
 * changed other columns, e.g. a claim taken or a rating retired).
 */
export type FormBase = {
  version: number;
  values: Record<string, string> | null;
  /** The own result last taken into account. */
  result: MutationResult<{ version: number }> | null;
  /** After an own 409: the fields whose current value differs from what the form was based on. */
  changed: string[];
};

/** A field's value as a form sends it: text, with nothing as empty and lists one item a line. */
const asText = (value: unknown) => (value === null || value === undefined ? "" : Array.isArray(value) ? value.join("\n") : String(value));

export function fieldValues(record: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, asText(record[field])]));
}

const sameValues = (a: Record<string, string> | null, b: Record<string, string>) =>
  a !== null && Object.keys(b).every((field) => a[field] === b[field]);

export function startingBase(version: number, values: Record<string, string>): FormBase {
  return { version, values, result: null, changed: [] };
}

/**
 * The base after the form's latest own `result` and the page as it now is (`page`: its version
 * of the record and the values of the form's fields). Returns `base` itself when nothing moved.
 */
export function nextBase(
  base: FormBase,
  result: MutationResult<{ version: number }> | null,
  page: { version: number; values: Record<string, string> },
): FormBase {
  let next = base;
  if (result !== base.result) {
    const current = result && !result.ok && result.status === 409 ? result.current : undefined;
    if (result?.ok) {
      // Its values are known once the page shows this version (refreshed by the same save).
      next = { version: result.data.version, values: null, result, changed: [] };
    } else if (current && typeof current.version === "number") {
      const values = fieldValues(current, Object.keys(page.values));
      const before = base.values ?? page.values;
      next = { version: current.version, values, result, changed: Object.keys(values).filter((field) => values[field] !== before[field]) };
    } else {
      next = { ...base, result };
    }
  }
  if (page.version === next.version && !sameValues(next.values, page.values)) return { ...next, values: page.values };
  if (page.version > next.version && sameValues(next.values, page.values)) return { ...next, version: page.version };
  return next;
}
