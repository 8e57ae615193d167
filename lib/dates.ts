// One format for every date a reader sees: "26 November 2026", in UTC so that the server's time
// zone never shifts a publication to the previous or next day.
const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** The machine-readable form for <time dateTime>. */
export function isoDate(date: Date): string {
  return date.toISOString();
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** A moment for staff lists: "7 December 2026 at 14:05 UTC". */
export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
