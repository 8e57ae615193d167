/**
 * The most a form may send to a server action, in bytes: next.config.js's
 * `experimental.serverActions.bodySizeLimit` ("2mb"), which Next.js enforces before the action
 * runs (an opaque error otherwise). Forms check it before sending (components/ui/submit-keeping-input.ts)
 * so that an oversize form says so and keeps its text; every text field also carries its own
 * maximum (maxLength), so that only a form tampered with can come near it.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** The bytes a form's fields take in the multipart body (UTF-8; files by their size). */
export function formBytes(form: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of form.entries()) {
    // Each part's headers and boundary: about 100 bytes plus the name.
    bytes += 100 + encoder.encode(name).length;
    // Browsers send a textarea's line breaks as CRLF.
    bytes += typeof value === "string" ? encoder.encode(value.replace(/\r?\n/g, "\r\n")).length : value.size;
  }
  return bytes;
}
