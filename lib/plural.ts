/**
 * A count with its noun in the right number: "1 source", "2 sources", "1,204 claims". Every
 * count shown in words goes through this (a hand-written "{n} sources" reads "1 sources").
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
