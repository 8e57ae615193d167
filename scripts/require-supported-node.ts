/**
 * Imported first by the launchers (scripts/start.ts, scripts/test.ts): imports are evaluated in
 * order, so this check runs before any module that might not even load on an unsupported Node.js
 * (vitest 5, for one, crashes on Node.js 20 with "Map.groupBy is not a function").
 */
import { exitUnlessSupportedNode } from "./node-version";

exitUnlessSupportedNode();
