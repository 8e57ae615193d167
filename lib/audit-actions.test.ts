import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_WORDS, auditActionLabel, auditActionWords } from "./audit-actions";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Every `noun.verb` an audit entry is written with: `action: "…"`, its ternaries, and `suggestion.${…}`. */
function recordedActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("scripts")]) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    for (const match of text.matchAll(/action:\s*([^,\n}]+)/g)) {
      for (const name of match[1]!.matchAll(/"([a-z_]+\.[a-z_]+)"/g)) actions.add(name[1]!);
    }
    // A helper returning the action (lib/sources/mutations.ts), or a template of one.
    for (const match of text.matchAll(/return "([a-z]+\.[a-z_]+)";/g)) actions.add(match[1]!);
    for (const match of text.matchAll(/action:\s*`([a-z]+)\.\$\{([^`]+)\}`/g)) {
      for (const verb of match[2]!.matchAll(/"([a-z_]+)"/g)) actions.add(`${match[1]}.${verb[1]}`);
    }
  }
  return actions;
}

describe("audit actions in words", () => {
  it("has words for every action the code records", () => {
    const recorded = recordedActions();
    // The scan finds what it should (and permission names, which are plural, are no audit actions).
    expect(recorded).toContain("source.propose");
    expect(recorded).toContain("suggestion.record_repeat");
    expect(recorded).toContain("source.unblock");
    const permissions = [...recorded].filter((action) => /^[a-z]+s\./.test(action) && !(action in AUDIT_ACTION_WORDS));
    const missing = [...recorded].filter((action) => !(action in AUDIT_ACTION_WORDS) && !permissions.includes(action));
    expect(missing).toEqual([]);
  });

  it("never shows a recorded name as it is", () => {
    expect(auditActionLabel("source.propose")).toBe("Proposed a source");
    expect(auditActionWords("claimant.split_up")).toBe("did “split up” on a claimant");
    for (const action of Object.keys(AUDIT_ACTION_WORDS)) expect(auditActionLabel(action)).not.toMatch(/[a-z]\.[a-z]/);
  });
});
