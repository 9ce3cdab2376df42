// Mutation testing of the domain modules (`npm run mutate`; not part of `npm test`).
// README, "Mutation testing", says how to read the result and lists the survivors left on purpose.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Only the pure modules: Eleventy plugins, templates and entry points are covered by the
  // integration and browser tests, which are far too slow to run once per mutant.
  mutate: ["scripts/lib/**/*.ts"],
  // node:test prints TAP when its output is not a terminal, so the tap runner can run each unit-test
  // file as it is, through tsx, and learns per file which mutants it reaches.
  testRunner: "tap",
  tap: {
    testFiles: ["tests/unit/*.test.ts"],
    nodeArgs: ["--import", "tsx"],
    // Stop a file at its first failing test: one failure is enough to kill a mutant.
    forceBail: true,
  },
  // Run each mutant only against the test files that reach it (static mutants, reached while a
  // module loads, still run every file).
  coverageAnalysis: "perTest",
  // Two shared cores and other work on the machine: one process beside Stryker itself.
  concurrency: 1,
  // A mutant that makes a test hang is ended after the files' normal time × 1.5 + 60 s. Endless
  // loops are stopped sooner by Stryker's hit counter; the long margin is for a busy machine, where
  // a test file can wait many seconds for a core and would otherwise be counted a "timeout" (which
  // scores as killed) without being one.
  timeoutMS: 60000,
  // Results are reused for mutants whose code and covering tests have not changed; the file is
  // git-ignored (it is machine output, megabytes, and would conflict between branches).
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  // The sandbox needs the sources and the example data; never a built site.
  ignorePatterns: ["_site*", "._site*", "test-results", "playwright-report", ".bench", ".cache", "reports", ".stryker-tmp*"],
  tempDirName: ".stryker-tmp",
  // Stryker rewrites the tsconfig's `extends` and `references` through TypeScript's JavaScript API,
  // which TypeScript 7 no longer has; ours has neither, so that step is pointed at no file.
  tsconfigFile: "no-tsconfig-rewrite.json",
  cleanTempDir: "always",
};
