/**
 * Check-worthiness scores in one unit everywhere people see or type them: percent. The model's
 * scores are calibrated probabilities (docs/decisions/027-calibrated-checkworthiness.md), stored
 * as 0–1 (the database, the CLI, the API of lib/); every page shows them as "51%", and every score
 * filter is typed and written in the URL as a whole percent ("minScore=60").
 */

/** "51%": a stored 0–1 score as a whole percent (never "100%" for less than a certain score). */
export function formatScore(score: number): string {
  const percent = Math.round(score * 100);
  return `${score < 1 && percent === 100 ? 99 : score > 0 && percent === 0 ? "<1" : percent}%`;
}

/** A typed minimum score in percent ("60", "60 %", "62,5") → 0–1, clamped; null when empty or unreadable. */
export function parseScorePercent(input: string): number | null {
  const trimmed = input.replace("%", "").trim().replace(",", ".");
  if (trimmed === "") return null;
  const percent = Number(trimmed);
  if (!Number.isFinite(percent)) return null;
  return Math.min(100, Math.max(0, percent)) / 100;
}

/** A 0–1 minimum score as the whole percent written back into a URL or a form field. */
export function scorePercentParam(score: number): string {
  return String(Math.round(score * 10000) / 100);
}
