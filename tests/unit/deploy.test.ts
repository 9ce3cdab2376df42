/**
 * The publishing recipes shipped in the repository (GitHub Actions, GitLab CI,
 * Netlify, Cloudflare Pages) parse, and run only the README's commands:
 * `npm ci`, then `npm run check`, then `npm run build` with options the
 * README documents, publishing the folder the build writes. A failing check
 * then stops the deploy, since each runs the next command only on success.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { parse as parseToml } from "smol-toml";
import { ROOT } from "../integration/project-copy.ts";

const read = (rel: string) => readFileSync(path.join(ROOT, rel), "utf8");
const scripts = JSON.parse(read("package.json")).scripts as Record<string, string>;
const readme = read("README.md");

/**
 * A recipe's command lines, split at `&&` (each part runs only when the one
 * before succeeded, as a step or script line does), with their options.
 */
function commands(lines: string[]): string[] {
  return lines.flatMap((l) => l.split("&&")).map((c) => c.trim().replace(/\s+/g, " "));
}

/** Every command is `npm ci` or `npm run <a package.json script the README names>` with README options; check comes before build. */
function assertReadmeCommands(recipe: string, cmds: string[], output: string): void {
  assert.ok(cmds.length > 0, recipe);
  for (const c of cmds) {
    if (/^npm ci( --cache \.npm --prefer-offline)?$/.test(c)) continue;
    const m = /^npm run ([a-z:-]+)(?: -- (.*))?$/.exec(c);
    assert.ok(m, `${recipe}: "${c}" is not one of the README's commands`);
    assert.ok(scripts[m[1]!], `${recipe}: npm run ${m[1]} is a package.json script`);
    assert.ok(readme.includes(`\`npm run ${m[1]}`), `${recipe}: the README documents npm run ${m[1]}`);
    for (const option of (m[2] ?? "").split(" ").filter(Boolean)) {
      const name = option.split("=")[0]!;
      assert.ok(readme.includes(`${name}=`), `${recipe}: the README documents ${name}`);
    }
  }
  const check = cmds.indexOf("npm run check");
  const build = cmds.findIndex((c) => c.startsWith("npm run build"));
  assert.ok(check >= 0 && build > check, `${recipe}: npm run check runs before npm run build`);
  const out = /--output=(\S+)/.exec(cmds[build]!)?.[1] ?? "_site";
  assert.equal(out, output, `${recipe}: publishes the folder the build writes`);
}

test("GitHub Actions: check, build under the repository's path prefix, deploy to GitHub Pages", () => {
  const wf = parseYaml(read(".github/workflows/deploy.yml"));
  assert.deepEqual(wf.on.push.branches, ["main"]);
  assert.equal(wf.env.PATH_PREFIX, "/${{ github.event.repository.name }}/");
  const steps = wf.jobs.build.steps as { run?: string; uses?: string; with?: Record<string, unknown> }[];
  assertReadmeCommands("GitHub Actions", commands(steps.filter((s) => s.run).map((s) => s.run!)), "_site");
  assert.ok(steps.some((s) => s.run === "npm run build -- --pathprefix=$PATH_PREFIX"));
  assert.equal(steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"], 20);
  assert.equal(steps.at(-1)!.uses, "actions/upload-pages-artifact@v3");
  assert.equal(steps.at(-1)!.with!.path, "_site");
  assert.deepEqual(wf.jobs.deploy.needs, "build");
  assert.equal(wf.jobs.deploy.steps[0].uses, "actions/deploy-pages@v4");
  assert.equal(wf.permissions.pages, "write");
  assert.equal(wf.permissions["id-token"], "write");
});

test("GitLab CI: a pages job that checks, builds into public/ under the project's path prefix", () => {
  const ci = parseYaml(read(".gitlab-ci.yml"));
  assert.deepEqual(Object.keys(ci), ["pages"]);
  assert.equal(ci.pages.pages, true);
  assert.match(ci.pages.image, /^node:20/);
  assert.equal(ci.pages.variables.PATH_PREFIX, "/$CI_PROJECT_NAME/");
  assertReadmeCommands("GitLab CI", commands(ci.pages.script), "public");
  assert.deepEqual(ci.pages.artifacts.paths, ["public"]);
});

test("Netlify: check then build, publish _site/ (with its _headers)", () => {
  const n = parseToml(read("netlify.toml")) as { build: { command: string; publish: string; environment: Record<string, string> } };
  assertReadmeCommands("Netlify", commands([n.build.command]), "_site");
  assert.equal(n.build.publish, "_site");
  assert.equal(n.build.environment.NODE_VERSION, "20");
});

test("Cloudflare Pages: output folder _site/, and the build command the file and the guide give", () => {
  const w = parseToml(read("wrangler.toml")) as Record<string, unknown>;
  assert.equal(w.pages_build_output_dir, "_site");
  const text = read("wrangler.toml");
  const command = /build command:\s+(.+)$/m.exec(text)?.[1];
  assert.ok(command, "wrangler.toml names the build command to type in the dashboard");
  assertReadmeCommands("Cloudflare Pages", commands([command]), "_site");
  assert.ok(read("docs/publish-recipes.md").includes(command), "the staff guide gives the same command");
});

test("a recipe that skipped the check, or ran another command, would be caught", () => {
  assert.throws(() => assertReadmeCommands("x", ["npm ci", "npm run build"], "_site"), /check runs before/);
  assert.throws(() => assertReadmeCommands("x", ["npm ci", "npx @11ty/eleventy", "npm run check"], "_site"), /not one of the README's commands/);
  assert.throws(() => assertReadmeCommands("x", ["npm run check", "npm run build -- --fast"], "_site"), /documents --fast/);
});
