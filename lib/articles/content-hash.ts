import { createHash } from "node:crypto";

/** SHA-256 of the UTF-8 encoding of `text`, in lower-case hex (Article.contentHash). */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
