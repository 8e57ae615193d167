import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../db/embedded";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-claims-cli-"));

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "claims", script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("claims:score", () => {
  it("prints Sentence_id, score and label for each row, and nothing else on stdout", () => {
    const file = path.join(dir, "in.tsv");
    writeFileSync(
      file,
      "\uFEFFTopic\tText\tSentence_id\r\n" +
        "economy\tUnemployment fell to 3.5 percent last year, the lowest in 50 years.\ts1\r\n" +
        "other\tThank you all for being here tonight.\ts2\r\n",
    );
    const result = run("score.ts", ["--tsv", file]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t"));
    expect(lines[0]).toEqual(["Sentence_id", "score", "label"]);
    expect(lines.slice(1).map(([id, , label]) => [id, label])).toEqual([
      ["s1", "Yes"],
      ["s2", "No"],
    ]);
    for (const [, score] of lines.slice(1)) expect(Number(score) >= 0 && Number(score) <= 1).toBe(true);
  });

  it("refuses a missing file and a file without the Text column, on stderr", () => {
    const missing = run("score.ts", ["--tsv", path.join(dir, "absent.tsv")]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/claims:score: .*absent\.tsv does not exist/);
    const noText = path.join(dir, "no-text.tsv");
    writeFileSync(noText, "Sentence_id\tSentence\n1\tHello\n");
    const columns = run("score.ts", ["--tsv", noText]);
    expect(columns.status).toBe(1);
    expect(columns.stderr).toContain('has no column "Text"');
  });
});

describe("claims:train and eval:claims", () => {
  it("refuse a missing data folder with a clear message", () => {
    const absent = path.join(dir, "no-such-folder");
    const train = run("train.ts", ["--data", absent]);
    expect(train.status).toBe(1);
    expect(train.stderr).toContain(`claims:train: the data folder ${absent} does not exist`);
    const evaluation = run("eval.ts", ["--data", absent]);
    expect(evaluation.status).toBe(1);
    expect(evaluation.stderr).toContain(`eval:claims: the data folder ${absent} does not exist`);
  });

  it("refuse a folder without the split, and no --data at all", () => {
    const train = run("train.ts", ["--data", dir]);
    expect(train.status).toBe(1);
    expect(train.stderr).toContain("ct24_english_train.tsv does not exist");
    const evaluation = run("eval.ts", ["--data", dir]);
    expect(evaluation.status).toBe(1);
    expect(evaluation.stderr).toContain("ct24_english_dev.tsv does not exist");
    expect(run("train.ts", []).stderr).toContain("--data DIR is required");
  });
});
