/**
 * A data table for staff lists. The wrapper scrolls sideways on narrow screens; it is focusable
 * and labelled so keyboard users can scroll it too.
 */
export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: React.ReactNode }) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-700 uppercase">
      <tr>{children}</tr>
    </thead>
  );
}

export function TableBody({ children }: { children: React.ReactNode }) {
  return <tbody className="divide-y divide-slate-200">{children}</tbody>;
}

export function Th({ children, align = "left", className = "" }: CellProps) {
  return (
    <th scope="col" className={`px-3 py-2.5 whitespace-nowrap ${alignClass[align]} ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, align = "left", className = "" }: CellProps) {
  return <td className={`px-3 py-2.5 align-top text-slate-800 ${alignClass[align]} ${className}`}>{children}</td>;
}

/** The row shown when a list has nothing in it. */
export function EmptyRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="px-3 py-8 text-center text-slate-600">
        {children}
      </td>
    </tr>
  );
}

type CellProps = { children?: React.ReactNode; align?: "left" | "right"; className?: string };

const alignClass = { left: "text-left", right: "text-right" } as const;

/** A cell with no value: a dash on screen, words for screen readers. */
export function NoValue({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-slate-600">
        —
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
