/**
 * Makes sure the browser tests have Debian's Chromium. When it is missing and
 * this process may install packages (root, apt-get present), it installs
 * `chromium` and a Thai font without recommends; otherwise it stops with the
 * exact command to run. Playwright cannot download its own browser here.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PACKAGES = ["chromium", "fonts-thai-tlwg"];
const COMMAND = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(" ")}`;

if (existsSync(CHROMIUM)) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (!canInstall) {
  console.error(`Chromium is missing at ${CHROMIUM}. The browser tests need Debian's Chromium; install it with:\n  ${COMMAND}\n(or set CHROMIUM_PATH to another Chromium binary)`);
  process.exit(1);
}
console.log(`Chromium is missing: installing ${PACKAGES.join(", ")} from Debian …`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...PACKAGES], { stdio: "inherit", env });
