import { defineConfig } from "@playwright/test";

/** The built site is served as-is: once at the root, once under a path prefix. */
export const PREFIX = "/ita/";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Ports of the two local servers; PRONGSAI_TEST_PORT moves both (two checkouts testing side by side). */
const port = Number(process.env.PRONGSAI_TEST_PORT ?? 8181);
const prefixedPort = port + 1;

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
    { name: "root", use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "prefixed", use: { baseURL: `http://127.0.0.1:${prefixedPort}${PREFIX}` } },
  ],
  webServer: [
    { command: `tsx scripts/serve.ts _site ${port} / --strict-port`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
    { command: `tsx scripts/serve.ts _site-prefixed ${prefixedPort} ${PREFIX} --strict-port`, url: `http://127.0.0.1:${prefixedPort}${PREFIX}`, reuseExistingServer: false },
  ],
});
