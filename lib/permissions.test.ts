import { describe, expect, it } from "vitest";
import { ACTIONS, can, ROLES, type Action } from "./permissions";

// The intended decision for every role and action, written out by hand. A new action in
// lib/permissions.ts without a row here fails the first test: someone must decide who may do it.
const R = "REVIEWER";
const M = "MODERATOR";
const A = "ADMIN";
const expected: Record<string, string[]> = {
  "workspace.view": [R, M, A],
  "profile.edit": [R, M, A],
  "articles.ingest": [R, M, A],
  "claims.create": [R, M, A],
  "claims.edit": [R, M, A],
  "claims.assign": [R, M, A],
  "claims.dismiss": [R, M, A],
  "evidence.edit": [R, M, A],
  "verdicts.draft": [R, M, A],
  "verdicts.approve": [R, M, A],
  "verdicts.retract": [M, A],
  "moderation.view": [M, A],
  "sources.manage": [M, A],
  "claimants.manage": [M, A],
  "submissions.triage": [M, A],
  "users.manage_reviewers": [M, A],
  "users.manage_all": [A],
  "ratings.manage": [A],
  "audit.view": [M, A],
};

describe("permissions", () => {
  it("has a decision for every action", () => {
    expect(ACTIONS.filter((action) => !(action in expected))).toEqual([]);
    expect(Object.keys(expected).filter((action) => !ACTIONS.includes(action as Action))).toEqual([]);
  });

  const pairs = ACTIONS.flatMap((action) => ROLES.map((role) => [role, action] as const));
  it.each(pairs)("%s → %s", (role, action) => {
    expect(can(role, action)).toBe((expected[action] ?? []).includes(role));
  });

  it("refuses everything to someone without a role (signed out)", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });
});
