/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
   The explicit table roles are the point: phones display these tables as blocks, and a table,
   row group, row or cell with CSS `display: block` loses its table semantics in browsers. */
import { ScrollRegion } from "./ScrollRegion";

/**
 * A data table for staff lists. On phones (below `sm`) each row is a card: its first cell (and any
 * `wide` one) takes a whole line, the others flow after it with their `label`, and the column
 * headers are left to screen readers (the roles keep the table a table for them whatever the
 * display). From `sm` up it is a table, whose wrapper scrolls sideways if it must: labelled, and
 * focusable while it scrolls so that keyboard users can scroll it too.
 */
export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <ScrollRegion label={caption} className="relative rounded-lg border border-slate-200 bg-white shadow-sm sm:overflow-x-auto">
      <table role="table" className="w-full border-collapse text-left text-sm max-sm:block sm:min-w-[40rem]">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

export function TableHead({ children }: { children: React.ReactNode }) {
  return (
    <thead
      role="rowgroup"
      className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-700 uppercase max-sm:sr-only"
    >
      <tr role="row">{children}</tr>
    </thead>
  );
}

export function TableBody({ children }: { children: React.ReactNode }) {
  return (
    <tbody role="rowgroup" className="divide-y divide-slate-200 max-sm:block">
      {children}
    </tbody>
  );
}

/** A row of a Table: a card on phones. `hover: false` for rows that lead nowhere. */
export function Tr({ children, className = "", hover = true, ...props }: React.HTMLAttributes<HTMLTableRowElement> & { hover?: boolean }) {
  return (
    <tr
      role="row"
      className={`max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:gap-x-4 max-sm:gap-y-1.5 max-sm:p-3 ${hover ? "hover:bg-slate-50" : ""} ${className}`}
      {...props}
    >
      {children}
    </tr>
  );
}

export function Th({ children, align = "left", className = "" }: CellProps) {
  return (
    <th role="columnheader" scope="col" className={`px-3 py-2.5 whitespace-nowrap ${alignClass[align]} ${className}`}>
      {children}
    </th>
  );
}

/**
 * A cell. On phones `label` (its column's name, which screen readers get from the header) is shown
 * before the value; `wide` gives the cell a line of its own in the card, as the first cell has.
 * A `control` cell (a row's checkbox, first) sits at the start of the card's first line, beside the
 * wide cell after it, which heads the card.
 */
export function Td({
  children,
  align = "left",
  className = "",
  label,
  wide = false,
  control = false,
}: CellProps & { label?: string; wide?: boolean; control?: boolean }) {
  const phone = control
    ? "max-sm:w-4 max-sm:shrink-0"
    : `max-sm:first:basis-full ${wide ? "max-sm:basis-full max-sm:[[data-control]+&]:basis-[calc(100%-2rem)]" : ""}`;
  return (
    <td
      role="cell"
      data-control={control || undefined}
      className={`px-3 py-2.5 align-top text-slate-800 max-sm:block max-sm:p-0 max-sm:text-left ${phone} ${alignClass[align]} ${className}`}
    >
      {label ? (
        <span aria-hidden="true" className="mr-1 font-sans font-medium text-slate-600 sm:hidden">
          {label}:
        </span>
      ) : null}
      {children}
    </td>
  );
}

/** The row shown when a list has nothing in it. */
export function EmptyRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <Tr hover={false}>
      <td role="cell" colSpan={columns} className="px-3 py-8 text-center text-slate-600 max-sm:block max-sm:basis-full max-sm:py-5">
        {children}
      </td>
    </Tr>
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
