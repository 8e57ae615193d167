/** Cuts long text at a word boundary with an ellipsis (tab titles, share images, embed lines). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A LIKE/ILIKE pattern matching text that contains `text` (its `%`, `_` and `\` taken literally). */
export function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
