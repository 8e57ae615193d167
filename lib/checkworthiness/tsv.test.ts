import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTsv, readLabelledSentences, readTsvColumns, TsvError } from "./tsv";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-tsv-"));
function file(name: string, text: string) {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

describe("TSV reading", () => {
  it("finds columns by name in any order, with a BOM and CRLF line ends", () => {
    const at = file("bom.tsv", "\uFEFFText\tExtra\tSentence_id\r\nFirst one.\tx\t7\r\nSecond one.\ty\t8\r\n\r\n");
    expect(readTsvColumns(at, ["Sentence_id", "Text"])).toEqual([
      { Sentence_id: "7", Text: "First one." },
      { Sentence_id: "8", Text: "Second one." },
    ]);
  });

  it("names a missing column and a missing file", () => {
    const at = file("no-text.tsv", "Sentence_id\tSentence\n1\tHello\n");
    expect(() => readTsvColumns(at, ["Sentence_id", "Text"])).toThrow(/no column "Text"/);
    expect(() => readTsvColumns(path.join(dir, "absent.tsv"), ["Text"])).toThrow(TsvError);
    expect(() => readTsvColumns(path.join(dir, "absent.tsv"), ["Text"])).toThrow(/does not exist/);
  });

  it("refuses an empty file and a label other than Yes/No", () => {
    expect(() => parseTsv("")).toThrow(/empty/);
    const at = file("bad-label.tsv", "Sentence_id\tText\tclass_label\n1\tHello\tMaybe\n");
    expect(() => readLabelledSentences(at)).toThrow(/row 2: class_label must be Yes or No/);
  });

  it("reads the shipped news sentences: unique ids, both labels", () => {
    const news = readLabelledSentences(path.join(import.meta.dirname, "news-sentences.tsv"));
    expect(news.length).toBeGreaterThanOrEqual(100);
    expect(new Set(news.map((s) => s.id)).size).toBe(news.length);
    expect(news.filter((s) => s.worthy).length).toBeGreaterThan(news.length / 4);
    expect(news.filter((s) => !s.worthy).length).toBeGreaterThan(news.length / 4);
  });
});
