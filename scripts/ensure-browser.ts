/**
 * Makes sure the tests have the Debian tools they drive: Chromium (browser
 * tests and the report PDFs), a Thai system font (a safety net for what the
 * web font does not cover), poppler-utils (reading the PDFs back) and Java
 * (the W3C Nu HTML checker, vnu.jar from npm, runs on it). What is
 * missing is installed when this process may install packages (root, apt-get
 * present), without recommends; otherwise it stops with the exact command to
 * run. Playwright cannot download its own browser here.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const has = (command: string, ...args: string[]) => spawnSync(command, args, { stdio: "ignore" }).error === undefined;
const thaiFont = () => {
  const r = spawnSync("fc-list", [":lang=th"], { encoding: "utf8" });
  return r.error === undefined && r.stdout.trim() !== "";
};

/** Debian package → is it there? */
const NEEDED: [pkg: string, present: () => boolean][] = [
  ["chromium", () => existsSync(CHROMIUM)],
  ["fonts-thai-tlwg", thaiFont],
  ["poppler-utils", () => has("pdftotext", "-v")],
  ["default-jre-headless", () => has("java", "-version")],
];

const missing = NEEDED.filter(([, present]) => !present()).map(([pkg]) => pkg);
if (missing.length === 0) process.exit(0);

const COMMAND = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(" ")}`;
const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (!canInstall) {
  console.error(`The tests need Debian packages that are missing: ${missing.join(", ")}. Install them with:\n  ${COMMAND}\n(or set CHROMIUM_PATH to another Chromium binary)`);
  process.exit(1);
}
console.log(`Installing ${missing.join(", ")} from Debian for the tests …`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
