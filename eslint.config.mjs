// @ts-check
/**
 * `npm run lint`: Next.js's rules (React, hooks, Core Web Vitals), typescript-eslint's recommended
 * rules, jsx-a11y's recommended rules, and the architecture's boundaries as import rules:
 *
 *   app/ (routes) → components/ and lib/ → lib/ platform (lib/*.ts, lib/auth/)
 *
 * - components render what pages give them: they never import a server module (one marked
 *   `import "server-only"`: the database, the write path, sessions, secrets), except for its types;
 * - routes read and write through lib/, never through Prisma itself;
 * - lib/ never imports app/, components/, scripts/, prisma/ or e2e/;
 * - the platform (lib/*.ts, lib/auth/) never imports a domain folder (lib/claims/, lib/verdicts/…);
 * - test support (scripts/testing/, e2e/support/) is for scripts and
 *   tests only.
 *
 * Why `@typescript-eslint/no-restricted-imports` and not a boundaries plugin: every cross-folder
 * import here is written with the `@/` alias (relative imports climbing out of a folder are refused
 * below), so matching the import's text is exact, and this rule alone can let type-only imports
 * through (a component may name `MutationResult` or `CurrentUser` without loading the server code).
 * docs/decisions/014-lint-and-boundaries.md.
 */
import fs from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const root = import.meta.dirname;

/**
 * The server modules: every lib/ module that says `import "server-only"` (it touches the database
 * or a secret). Read from the files, so that marking a module is all it takes to fence it off.
 */
function serverModules() {
  const found = [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "testing") visit(file);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        if (/^import "server-only";$/m.test(fs.readFileSync(path.join(root, file), "utf8"))) found.push(file);
      }
    }
  };
  visit("lib");
  return found.map((file) => `@/${file.replace(/\.tsx?$/, "")}`).sort();
}

const testFiles = ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "scripts/**", "prisma/**/*.test.ts"];

/** Imports that climb out of the importing file's folder must say where they go: `@/lib/…`, not `../../lib/…`. */
const noClimbing = {
  regex: String.raw`^\.\./(\.\./)+`,
  message: "Import from another part of the project with the @/ alias (e.g. @/lib/claims/queries), so that the boundary rules can see it.",
};
const noTestSupport = {
  regex: String.raw`^@/(scripts/testing|e2e)(/|$)`,
  message: "Test support is for tests and scripts, not for product code.",
};

/** One no-restricted-imports rule per folder (a later config object replaces the rule, it does not add to it). */
function restrict(...patterns) {
  return { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] };
}

const routes = [
  noClimbing,
  noTestSupport,
  {
    regex: String.raw`^@/lib/(db|generated/prisma/client)$|^@prisma/|^pg$`,
    allowTypeImports: true,
    message: "Routes read and write through lib/ (a query or a mutation), not through Prisma.",
  },
  { regex: String.raw`^@/(scripts|prisma)/`, message: "Routes do not import scripts or seeds." },
];

const components = [
  noClimbing,
  noTestSupport,
  {
    regex: String.raw`^@/app/`,
    message: "Components do not import routes: the page passes its server actions and data as props.",
  },
  {
    regex: `^(${serverModules().join("|")})$`,
    allowTypeImports: true,
    message:
      "Components never reach the database or secrets: this module is marked server-only. The page reads the data (through lib/) and passes it as props; a pure helper moves to a module without database access.",
  },
  {
    regex: String.raw`^@/lib/generated/prisma/client$|^@prisma/|^pg$`,
    allowTypeImports: true,
    message: "Components never reach the database.",
  },
  { regex: String.raw`^@/(scripts|prisma)/`, message: "Components do not import scripts or seeds." },
];

const lib = [
  noClimbing,
  noTestSupport,
  {
    regex: String.raw`^@/(app|components|scripts|prisma|e2e)/`,
    message: "lib/ is below routes, components, scripts and seeds: it never imports them.",
  },
];

const domainFolder = String.raw`(?!auth/|generated/|testing/)[a-z-]+/`;
const platform = [
  ...lib,
  {
    regex: String.raw`^@/lib/${domainFolder}|^\./${domainFolder}`,
    message: "The platform (lib/*.ts, lib/auth/) is used by every domain folder and never imports one (lib/claims/, lib/verdicts/…).",
  },
];

const config = [
  {
    ignores: [
      "lib/generated/**",
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".factdesk/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  {
    name: "factdesk/base",
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // TypeScript checks these (and knows the DOM and Node globals).
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // Focus moves only into a form the reviewer has just opened (a claim from a selection or a
      // suggestion); that is passed to our own components, which the rule cannot see into.
      "jsx-a11y/no-autofocus": ["error", { ignoreNonDOM: true }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  { name: "factdesk/routes", files: ["app/**", "instrumentation.ts"], rules: restrict(...routes) },
  { name: "factdesk/components", files: ["components/**"], rules: restrict(...components) },
  { name: "factdesk/lib", files: ["lib/**"], rules: restrict(...lib) },
  { name: "factdesk/platform", files: ["lib/*.ts", "lib/auth/**"], rules: restrict(...platform) },
  // Tests and scripts may use test support, and tests may look anywhere they need to.
  { name: "factdesk/tests-and-scripts", files: testFiles, rules: restrict(noClimbing) },
  {
    // Plain TypeScript, not React: helpers such as `useFreshDatabase()` are not hooks.
    name: "factdesk/not-react",
    files: ["**/*.ts", "**/*.mjs"],
    ignores: ["components/**", "app/**"],
    rules: { "react-hooks/rules-of-hooks": "off", "react-hooks/immutability": "off" },
  },
];

export default config;
