/**
 * The live preview renders only what a save touches (scripts/lib/render-plan.ts,
 * scripts/eleventy/data.ts), and what it leaves on disk is what a full build
 * writes. A real `scripts/preview.ts` runs on a copy of the project; each save
 * is followed by the next "[11ty] … Wrote N files" line.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/lib/ports.ts";
import { ProjectCopy, ROOT } from "./project-copy.ts";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");


/** The preview's output, and a wait for its next "Wrote N files" line (N returned). */
class Preview {
  private out = "";
  private seen = 0;
  readonly child: ChildProcess;
  constructor(dir: string, port: number) {
    this.child = spawn(process.execPath, [TSX, "scripts/preview.ts", `--port=${port}`], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout!.on("data", (d: Buffer) => (this.out += d.toString("utf8")));
    this.child.stderr!.on("data", (d: Buffer) => (this.out += d.toString("utf8")));
  }
  async nextWrite(timeoutMs = 60_000): Promise<number> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const writes = [...this.out.matchAll(/Wrote (\d+) files/g)];
      if (writes.length > this.seen) {
        this.seen = writes.length;
        return Number(writes.at(-1)![1]);
      }
      if (Date.now() > end) throw new Error(`no build within ${timeoutMs} ms; the preview said:\n${this.out}`);
      await sleep(50);
    }
  }
  /** Wait until the watcher runs, and a little longer: a save before that is never seen. */
  async watching(): Promise<void> {
    while (!this.out.includes("Watching")) await sleep(50);
    await sleep(1500);
  }
}

/**
 * Every page and data file of an output folder, relative path → bytes: not the search index, the
 * PDFs or the documents, nor the web editor's /admin/, which the build adds after Eleventy (the
 * preview's is `npm run edit`).
 */
function pages(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    if (rel.startsWith("pagefind") || rel.startsWith("admin") || !/\.(html|xml|json|csv)$/.test(rel)) continue;
    files.set(rel.split(path.sep).join("/"), readFileSync(path.join(dir, rel)));
  }
  return files;
}

const mtime = (file: string) => statSync(file).mtimeMs;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("the preview renders what a save touches, removes what is gone, and ends with the bytes of a full build", { timeout: 300_000 }, async () => {
  const project = new ProjectCopy();
  const preview = new Preview(project.dir, await freePort());
  try {
    const site = (rel: string) => project.path(path.join("_site", rel));
    const first = await preview.nextWrite(120_000);
    const notice = "2566/oit/o20/notice-002/index.html";
    const untouched = ["2565/index.html", "2565/analysis/index.html", "2566/oit/o20/notice-003/index.html", "2566/oit/o1/index.html", "privacy/index.html"];
    const before = new Map(untouched.map((f) => [f, mtime(site(f))]));
    await preview.watching(); // also makes a rewritten file's time stamp later

    // an edit to one notice: that notice, its item, its year's OIT pages, and the site-wide pages
    appendFileSync(project.path("content/2566/oit/o20/notice-002.md"), "\nแก้ไขเพื่อทดสอบการแสดงตัวอย่าง\n");
    const edited = await preview.nextWrite();
    assert.ok(edited < first, `an edit wrote ${edited} files, the first render ${first}`);
    assert.match(readFileSync(site(notice), "utf8"), /แก้ไขเพื่อทดสอบการแสดงตัวอย่าง/);
    for (const [f, t] of before) assert.equal(mtime(site(f)), t, `${f} is not rendered again`);

    await sleep(500); // the watcher takes the next save as a new change
    // a new notice gets its page and is listed on its item's page
    writeFileSync(project.path("content/2566/oit/o20/notice-004.md"), "---\ntitle: ประกาศทดสอบฉบับที่สี่\ndate: 2023-03-20\n---\nเนื้อหาประกาศทดสอบ\n");
    await preview.nextWrite();
    assert.match(readFileSync(site("2566/oit/o20/notice-004/index.html"), "utf8"), /ประกาศทดสอบฉบับที่สี่/);
    assert.match(readFileSync(site("2566/oit/o20/index.html"), "utf8"), /ประกาศทดสอบฉบับที่สี่/);

    await sleep(500); // the watcher takes the next save as a new change
    // a removed notice's page leaves the site
    rmSync(project.path("content/2566/oit/o20/notice-001.md"));
    await preview.nextWrite();
    assert.ok(!existsSync(site("2566/oit/o20/notice-001/index.html")), "the removed notice's page is gone");

    // a removed policy page changes every page's footer: a whole render, and its page still goes
    await sleep(500);
    rmSync(project.path("content/pages/website-policy.md"));
    await preview.nextWrite();
    assert.ok(!existsSync(site("website-policy/index.html")), "the removed policy page is gone");

    // a changed score: every year's pages compare years, and an item's role links a year's measures
    await sleep(500);
    project.editJson("data/2565/ita.json", (v) => (v.indicators["1"] = 98.69));
    await preview.nextWrite();

    // what the preview has written is what a full build writes
    const build = project.runWithEnv({ PRONGSAI_PDF: "0", PRONGSAI_NO_SEARCH: "1" }, "scripts/build.ts", "--output=_full");
    assert.equal(build.code, 0, build.stderr);
    const full = pages(project.path("_full"));
    const shown = pages(project.path("_site"));
    assert.deepEqual([...shown.keys()].sort(), [...full.keys()].sort(), "the same pages");
    for (const [rel, bytes] of full) assert.ok(bytes.equals(shown.get(rel)!), `${rel}: the preview's bytes are the full build's`);

    await sleep(500); // the watcher takes the next save as a new change
    // a template change renders every page again
    const footer = project.path("layouts/includes/partials/site-footer.njk");
    writeFileSync(footer, readFileSync(footer, "utf8").replace("</footer>", "<p>ข้อความท้ายหน้าทดสอบ</p></footer>"));
    await preview.nextWrite();
    for (const f of untouched) assert.match(readFileSync(site(f), "utf8"), /ข้อความท้ายหน้าทดสอบ/, `${f} after a template change`);
  } finally {
    preview.child.kill("SIGINT");
    await new Promise((r) => preview.child.once("exit", r));
    project.remove();
  }
});
