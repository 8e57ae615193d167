import { Fragment } from "react";
import { splitHighlights } from "@/lib/search/highlight";

/** Text from ts_headline with its matches in <mark>; every part is rendered as escaped text. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
