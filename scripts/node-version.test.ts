import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SUPPORTED_NODE, exitUnlessSupportedNode, unsupportedNodeMessage } from "./node-version";

describe("the Node.js versions npm start accepts", () => {
  it("are the maintained LTS lines 24 and 26 that CI tests, as package.json's engines says", () => {
    expect(SUPPORTED_NODE).toBe("^24.15.0 || ^26.0.0");
    for (const version of ["v24.15.0", "v24.22.3", "v26.0.0", "v26.12.1", "26.12.1"]) {
      expect(unsupportedNodeMessage(version), version).toBeNull();
    }
  });

  it("refuses Node.js 20, past its end of life, in one line naming what to install", () => {
    const message = unsupportedNodeMessage("v20.20.2");
    expect(message).toBe(
      "Node.js 20.20.2 reached end of life on 30 April 2026; Factdesk runs on Node.js ^24.15.0 || ^26.0.0. " +
        "Install Node.js 26 (LTS, nodejs.org/en/download) or 24 and run it again.",
    );
    expect(message).not.toContain("\n");
  });

  it("refuses the odd-numbered line 25, an untested line 22 or 27, and a 24 release older than the dependencies need", () => {
    expect(unsupportedNodeMessage("v25.9.0")).toContain("Node.js 25.9.0 reached end of life on 1 June 2026");
    expect(unsupportedNodeMessage("v22.22.2")).toContain("Node.js 22.22.2 is not one Factdesk is tested on");
    expect(unsupportedNodeMessage("v27.0.0")).toContain("Node.js 27.0.0 is not one Factdesk is tested on");
    expect(unsupportedNodeMessage("v24.14.1")).toContain("Node.js 24.14.1 is not one Factdesk is tested on");
    expect(unsupportedNodeMessage("v18.20.8")).toContain("reached end of life on 30 April 2025");
  });

  it("lets the launcher go on under a supported version and stop with code 1 under an old one", () => {
    expect(() => exitUnlessSupportedNode("v26.12.1")).not.toThrow();
    // The real exit, in a child process: one line on stderr, nothing on stdout, exit code 1.
    const script = `import { exitUnlessSupportedNode } from ${JSON.stringify(path.join(import.meta.dirname, "node-version.ts"))};
      exitUnlessSupportedNode("v20.20.2"); console.log("went on");`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([`[factdesk] ${unsupportedNodeMessage("v20.20.2")}`]);
  });
});
