import { formatDate, isoDate } from "@/lib/dates";

/** A date as readers see it, with the machine-readable value in <time dateTime>. */
export function FormattedDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={isoDate(date)} className={className}>
      {formatDate(date)}
    </time>
  );
}
