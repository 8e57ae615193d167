/**
 * Reading the sentence TSV files the model is trained, evaluated and run on: a header line, tab
 * separated, columns found by name in any order (others ignored); a leading BOM and CRLF line ends
 * are accepted. Fields are not quoted (the CheckThat! files are not).
 */
import { readFileSync } from "node:fs";

export class TsvError extends Error {}

export type TsvTable = { header: string[]; rows: string[][] };

export function parseTsv(text: string): TsvTable {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  const [first, ...rest] = lines;
  if (first === undefined) throw new TsvError("the file is empty (a header line is needed)");
  const header = first.split("\t").map((name) => name.trim());
  return { header, rows: rest.filter((line) => line.trim() !== "").map((line) => line.split("\t")) };
}

/** Reads `file` and returns, for each row, the named columns (error when one is missing). */
export function readTsvColumns<const C extends string>(file: string, columns: readonly C[]): Record<C, string>[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TsvError(code === "ENOENT" ? `${file} does not exist` : `${file} cannot be read (${code ?? String(error)})`);
  }
  let table: TsvTable;
  try {
    table = parseTsv(text);
  } catch (error) {
    throw new TsvError(`${file}: ${(error as Error).message}`);
  }
  const positions = columns.map((column) => table.header.indexOf(column));
  const missing = columns.filter((_, i) => positions[i] === -1);
  if (missing.length > 0) {
    throw new TsvError(
      `${file} has no column ${missing.map((c) => `"${c}"`).join(", ")} in its header (found: ${table.header.join(", ") || "nothing"})`,
    );
  }
  return table.rows.map((row) => {
    const record = {} as Record<C, string>;
    columns.forEach((column, i) => {
      record[column] = row[positions[i]!] ?? "";
    });
    return record;
  });
}

export type LabelledSentence = { id: string; text: string; worthy: boolean };

/** A CheckThat!-style file: Sentence_id, Text, class_label (Yes/No). */
export function readLabelledSentences(file: string): LabelledSentence[] {
  return readTsvColumns(file, ["Sentence_id", "Text", "class_label"]).map((row, i) => {
    const label = row.class_label.trim();
    if (label !== "Yes" && label !== "No") throw new TsvError(`${file} row ${i + 2}: class_label must be Yes or No, not "${label}"`);
    return { id: row.Sentence_id.trim(), text: row.Text, worthy: label === "Yes" };
  });
}
