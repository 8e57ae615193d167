import { describe, expect, it } from "vitest";
import { permissionForPath } from "./staff-pages";

describe("permissionForPath", () => {
  it("takes the longest matching prefix", () => {
    expect(permissionForPath("/workspace")).toBe("workspace.view");
    expect(permissionForPath("/workspace/articles")).toBe("workspace.view");
    expect(permissionForPath("/workspace/profile")).toBe("profile.edit");
    expect(permissionForPath("/workspace/articles/new")).toBe("articles.ingest");
    expect(permissionForPath("/workspace/articles/abc")).toBe("workspace.view");
    expect(permissionForPath("/workspace/claims/new")).toBe("claims.create");
    expect(permissionForPath("/workspace/claims/abc")).toBe("workspace.view");
    expect(permissionForPath("/workspace/approvals")).toBe("verdicts.approve");
    expect(permissionForPath("/workspace/claims/abc/verdict")).toBe("workspace.view");
    expect(permissionForPath("/moderation/users")).toBe("users.manage_reviewers");
    expect(permissionForPath("/moderation/users/abc")).toBe("users.manage_reviewers");
    expect(permissionForPath("/moderation/submissions")).toBe("submissions.triage");
    expect(permissionForPath("/moderation/submissions/abc")).toBe("submissions.triage");
    expect(permissionForPath("/moderation")).toBe("moderation.view");
    expect(permissionForPath("/moderation/sources/new")).toBe("sources.manage");
    expect(permissionForPath("/moderation/sources/abc/merge")).toBe("sources.manage");
    expect(permissionForPath("/moderation/ratings")).toBe("ratings.manage");
    expect(permissionForPath("/moderation/ratings/abc")).toBe("ratings.manage");
  });

  it("matches whole path segments only, and nothing outside the staff areas", () => {
    expect(permissionForPath("/moderation/usersx")).toBe("moderation.view");
    expect(permissionForPath("/workspaces")).toBeNull();
    expect(permissionForPath("/verdicts/x")).toBeNull();
  });
});
