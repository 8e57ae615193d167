/**
 * Imported first by the launcher (scripts/start.ts): imports are evaluated in order, so this
 * check runs before any module that might not even load on an unsupported Node.js.
 */
import { exitUnlessSupportedNode } from "./node-version";

exitUnlessSupportedNode();
