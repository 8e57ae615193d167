import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminUrl } from "@/scripts/testing/database";
import { PROJECT_ROOT } from "../db/embedded";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-claims-match-"));

function run(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "claims", "match.ts"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 600_000,
    // The scratch database is created and dropped on the test server.
    env: { ...process.env, DATABASE_URL: adminUrl() },
  });
}

// Each run migrates a scratch database and starts a process: slow on a busy machine.
describe("claims:match", { timeout: 600_000 }, () => {
  it("prints each query's top five as TREC run lines, reading quoted fields that hold line breaks and tabs", () => {
    const claims = path.join(dir, "checked.tsv");
    writeFileSync(
      claims,
      "\tvclaim\ttitle\n" +
        "c1\tWind supplied more than half of Valoria's electricity in 2025.\tDid Wind Power Supply Half of Valoria's Electricity?\n" +
        'c2\t"The measles vaccine causes autism\nin children."\tDoes the Measles Vaccine Cause Autism?\n' +
        'c3\tThe "harbour festival" attracted record crowds.\tRecord Crowds at the Harbour Festival\n' +
        'c4\t"Crime rose 12%\tin Varnholm last year."\tDid Crime Rise in Varnholm?\n' +
        "c5\tGas supplied 28% of Valoria's electricity in 2025.\tGas and Valoria's Electricity\n" +
        "c6\tTeachers in Kestria earn less than nurses.\tDo Kestria's Teachers Earn Less Than Nurses?\n",
    );
    const queries = path.join(dir, "queries.tsv");
    writeFileSync(
      queries,
      "id\ttweet_content\n" +
        "q1\twind now gives us half our electricity https://t.co/x\n" +
        'q2\t"So the MMR vaccine gives kids autism?\nunbelievable"\n' +
        "q3\tmayor says crime rose 12% in Varnholm last year\n",
    );
    const result = run(["--claims", claims, "--queries", queries]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t"));
    for (const line of lines) {
      expect(line).toHaveLength(6);
      expect(line[1]).toBe("Q0");
      expect(line[5]).toBe("factdesk");
      expect(Number(line[4])).toBeGreaterThanOrEqual(0);
    }
    const top = (query: string) => lines.filter((line) => line[0] === query);
    expect(top("q1")[0]!.slice(0, 4)).toEqual(["q1", "Q0", "c1", "1"]);
    expect(top("q2")[0]![2]).toBe("c2");
    expect(top("q3")[0]![2]).toBe("c4");
    for (const query of ["q1", "q2", "q3"]) {
      const ranks = top(query).map((line) => Number(line[3]));
      expect(ranks).toEqual(ranks.map((_, i) => i + 1));
      expect(ranks.length).toBeLessThanOrEqual(5);
      const scores = top(query).map((line) => Number(line[4]));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it("reports a missing file, missing options and a short row on stderr with exit code 1", () => {
    const missing = run(["--claims", path.join(dir, "absent.tsv"), "--queries", path.join(dir, "absent.tsv")]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/claims:match: cannot read .*absent\.tsv: no such file/);

    const noOptions = run([]);
    expect(noOptions.status).toBe(1);
    expect(noOptions.stderr).toContain("--claims and --queries are required");

    const short = path.join(dir, "short.tsv");
    writeFileSync(short, "\tvclaim\ttitle\nc1\n");
    const bad = run(["--claims", short, "--queries", short]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/row 2 has 1 column\(s\), expected 2/);
  });
});
