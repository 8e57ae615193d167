/**
 * Which Node.js runs Factdesk: the release lines named in package.json's `engines.node`, the ones
 * the suite runs on in CI (.ci/run). Anything else is refused at start-up with one line that says
 * what to install, instead of failing later somewhere deep in a dependency.
 *
 * Kept free of the app's modules (only semver and package.json) so that the launcher can run it
 * before loading anything that may not load on an old Node.
 */
import semver from "semver";
import packageJson from "../package.json";

export const SUPPORTED_NODE = packageJson.engines.node;

/** End of life of the lines before the supported ones (nodejs.org/en/about/previous-releases). */
const END_OF_LIFE: Record<number, string> = {
  16: "11 September 2023",
  18: "30 April 2025",
  19: "1 June 2023",
  20: "30 April 2026",
  21: "1 June 2024",
  23: "1 June 2025",
  25: "1 June 2026",
};

/** Why this Node.js cannot run Factdesk, in one line, or null when it can. */
export function unsupportedNodeMessage(version: string, supported: string = SUPPORTED_NODE): string | null {
  const parsed = semver.parse(version);
  if (!parsed) return `Cannot tell which Node.js this is (${version}); Factdesk runs on Node.js ${supported}.`;
  if (semver.satisfies(parsed, supported)) return null;
  const endOfLife = END_OF_LIFE[parsed.major];
  const why = endOfLife ? `reached end of life on ${endOfLife}` : "is not one Factdesk is tested on";
  return (
    `Node.js ${parsed.version} ${why}; Factdesk runs on Node.js ${supported}. ` +
    `Install Node.js 26 (LTS, nodejs.org/en/download) or 24 and run it again.`
  );
}

/** The launcher's first step: stop at once, with exit code 1, on a Node.js Factdesk does not run on. */
export function exitUnlessSupportedNode(version: string = process.version): void {
  const message = unsupportedNodeMessage(version);
  if (message === null) return;
  console.error(`[factdesk] ${message}`);
  process.exit(1);
}
