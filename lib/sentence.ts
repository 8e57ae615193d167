/**
 * Text put into a sentence of ours ("Accepted as the claim …") may already end one: a claim,
 * a name like "Acme Inc.". These add our full stop only where the text has none of its own, so
 * no page reads "…since 2024..".
 */
const ENDS_SENTENCE = /[.!?…][\p{Pf}\p{Pe}"']*$/u;

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.trimEnd());
}

/** The text with a full stop at its end, unless it already ends a sentence. */
export function fullStop(text: string): string {
  const trimmed = text.trimEnd();
  return endsSentence(trimmed) ? trimmed : `${trimmed}.`;
}
