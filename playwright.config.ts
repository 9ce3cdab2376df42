import { defineConfig } from "@playwright/test";

/** The built site is served as-is: once at the root, once under a path prefix. */
export const PREFIX = "/ita/";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/site",
  reporter: [["list"]],
  fullyParallel: false,
  workers: 1,
  use: {
    locale: "th-TH",
    timezoneId: "Asia/Bangkok",
    launchOptions: { executablePath: chromium },
  },
  projects: [
    { name: "root", use: { baseURL: "http://127.0.0.1:8181" } },
    { name: "prefixed", use: { baseURL: `http://127.0.0.1:8182${PREFIX}` } },
  ],
  webServer: [
    { command: "tsx scripts/serve.ts _site 8181 /", url: "http://127.0.0.1:8181/", reuseExistingServer: false },
    { command: `tsx scripts/serve.ts _site-prefixed 8182 ${PREFIX}`, url: `http://127.0.0.1:8182${PREFIX}`, reuseExistingServer: false },
  ],
});
