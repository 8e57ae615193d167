"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/SelectField";
import { shorten } from "@/lib/text";

type Span = { start: number; end: number; quote: string };
type Word = { value: string; start: number; end: number };

/** The words of text[start, end): runs of non-space characters with their offsets. */
function wordsOf(text: string, sentence: { start: number; end: number }): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(sentence.start, sentence.end).matchAll(/\S+/g)) {
    const start = sentence.start + match.index;
    words.push({ value: match[0], start, end: start + match[0].length });
  }
  return words;
}

/**
 * The keyboard route to a claim from any words of the article (selecting with the mouse or by
 * touch is the other): choose a sentence, then narrow it to its first and last word. Native
 * selects, so every screen reader and keyboard knows them (arrow keys, or type a word's first
 * letters); the quote chosen is read out as it changes.
 */
export function KeyboardSpanPicker({
  text,
  sentences,
  onChoose,
}: {
  text: string;
  sentences: { start: number; end: number }[];
  onChoose: (span: Span) => void;
}) {
  const id = useId();
  const [sentenceIndex, setSentenceIndex] = useState(0);
  const sentence = sentences[sentenceIndex];
  const words = sentence ? wordsOf(text, sentence) : [];
  const [first, setFirst] = useState(0);
  const [last, setLast] = useState(Math.max(0, words.length - 1));
  if (!sentence || words.length === 0) return null;
  const from = words[Math.min(first, words.length - 1)]!;
  const to = words[Math.min(Math.max(last, first), words.length - 1)]!;
  const quote = text.slice(from.start, to.end);
  const wordOptions = words.map((word, index) => ({ value: String(index), label: `${word.value} (word ${index + 1})` }));

  return (
    <details id="keyboard-span" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold text-slate-900">Choose words with the keyboard</summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm text-slate-600">
          Choose the sentence, then its first and last word: arrow keys move through a list, typing a word&apos;s first letters jumps to it.
        </p>
        <SelectField
          id={`${id}-sentence`}
          label="Sentence"
          value={String(sentenceIndex)}
          options={sentences.map((item, index) => ({
            value: String(index),
            label: `${index + 1}. ${shorten(text.slice(item.start, item.end).replace(/\s+/g, " "), 140)}`,
          }))}
          onChange={(event) => {
            const next = Number(event.target.value);
            setSentenceIndex(next);
            setFirst(0);
            setLast(Math.max(0, wordsOf(text, sentences[next]!).length - 1));
          }}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={`${id}-first`}
            label="First word"
            value={String(first)}
            options={wordOptions}
            onChange={(event) => {
              const next = Number(event.target.value);
              setFirst(next);
              if (last < next) setLast(next);
            }}
          />
          <SelectField
            id={`${id}-last`}
            label="Last word"
            value={String(Math.max(last, first))}
            options={wordOptions}
            onChange={(event) => {
              const next = Number(event.target.value);
              setLast(next);
              if (first > next) setFirst(next);
            }}
          />
        </div>
        <p aria-live="polite" className="border-l-4 border-slate-300 pl-3 text-sm break-words text-slate-800" data-testid="keyboard-quote">
          Words chosen: “{quote}”
        </p>
        <Button type="button" onClick={() => onChoose({ start: from.start, end: to.end, quote })}>
          Make a claim from these words
        </Button>
      </div>
    </details>
  );
}
