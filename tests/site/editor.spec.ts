/**
 * The web editor (Decap CMS at /admin/).
 *  - `npm run edit` on a copy of the project, with its local backend: a clerk
 *    creates an OIT item page with a document upload and changes a year's
 *    indicator score through the forms; the files on disk are then exactly
 *    what the data contract says, and `npm run check` passes on them.
 *  - The forms refuse a score of 101 and a date in the future: nothing saved.
 *  - The built site: no public page mentions /admin/, the public pages keep
 *    their Content-Security-Policy, and /admin/ has its own, under which the
 *    CMS starts with no violation.
 *
 * Ports: PRONGSAI_TEST_PORT + 4 (the editor) and + 5 (its local backend).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import { parse } from "yaml";
import { ProjectCopy } from "../integration/project-copy.ts";
import { CONTENT_SECURITY_POLICY } from "../../scripts/lib/security.ts";
import { editorCsp } from "../../scripts/lib/editor-config.ts";

const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const port = Number(process.env.PRONGSAI_TEST_PORT ?? 8181) + 4;
const EDITOR = `http://127.0.0.1:${port}/admin/`;

/** `npm run edit` (package.json's own command, through tsx's CLI) in `dir`; resolves once it says where the editor is. */
async function startEditor(dir: string, log: { text: string }): Promise<ChildProcess> {
  const edit = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.edit as string;
  const [tsx, ...args] = edit.split(/\s+/);
  expect(tsx).toBe("tsx");
  const child = spawn(process.execPath, [TSX, ...args, `--port=${port}`, "--no-preview"], { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (b: Buffer) => (log.text += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (log.text += b.toString()));
  await expect.poll(() => log.text, { timeout: 60_000, message: "npm run edit is ready" }).toContain(`the editor: ${EDITOR}`);
  return child;
}

function stop(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM"); // the editor and its local backend
  } catch {
    // already gone
  }
}

/** Open the editor and sign in to the local backend (no account). */
async function signIn(page: Page): Promise<void> {
  await page.goto(EDITOR);
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await expect(page.getByText("หลักฐาน OIT ปี 2566").first()).toBeVisible({ timeout: 30_000 });
}

/** Open a form afresh (a hash change alone may keep the last form's state). */
async function openForm(page: Page, route: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${EDITOR}#/collections/${route}`);
}

/** Publish the open entry ("เผยแพร่" → "เผยแพร่ตอนนี้"). */
async function publish(page: Page): Promise<void> {
  await page.getByText("เผยแพร่", { exact: true }).first().click();
  await page.getByText("เผยแพร่ตอนนี้", { exact: true }).click();
}

/**
 * A file the local backend writes, once it is whole: decap-server saves with
 * fs.writeFile (truncate, then write), so a read at the wrong moment sees an
 * empty or half-written file. Polls until `accept` takes the text without
 * throwing, and returns what it made of it.
 */
async function written<T>(project: ProjectCopy, rel: string, accept: (text: string) => T): Promise<T> {
  let value: T | undefined;
  await expect
    .poll(
      () => {
        try {
          value = accept(project.read(rel));
          return true;
        } catch {
          return false;
        }
      },
      { timeout: 20_000, message: `${rel} is written whole` },
    )
    .toBe(true);
  return value!;
}

/** The YAML front matter and the body of a Markdown file; throws if the text does not start with front matter. */
function frontMatter(text: string): { data: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error("the file does not start with front matter");
  return { data: parse(m[1]!), body: m[2]! };
}

test.describe("npm run edit", () => {
  test.describe.configure({ mode: "serial" });
  let project: ProjectCopy;
  let child: ChildProcess | undefined;
  const log = { text: "" };

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "root") return;
    test.setTimeout(90_000);
    project = new ProjectCopy();
    child = await startEditor(project.dir, log);
  });
  test.afterAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "root") return;
    stop(child);
    await testInfo.attach("npm run edit output", { body: log.text, contentType: "text/plain" });
    project.remove();
  });

  test("an OIT item page with a document, and a year's score, saved through the forms are what the contract says", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "root", "one local backend is enough");
    test.setTimeout(180_000);
    await signIn(page);

    // a new item page for o3 of 2566, with one uploaded document
    await openForm(page, "oit-2566/new");
    await page.locator("[id^=code-field]").click();
    await page.keyboard.type("O3 อำนาจ");
    await page.keyboard.press("Enter");
    await page.getByLabel("วันที่ปรับปรุงข้อมูลล่าสุด").fill("2023-01-16");
    await page.getByRole("button", { name: /เพิ่ม เอกสาร/ }).click();
    await page.getByLabel("ชื่อเอกสาร").fill("คำสั่งมอบอำนาจ ที่ 12/2566");
    await page.getByLabel("วันที่ของเอกสาร").fill("2023-01-15");
    await page.getByRole("button", { name: "เลือกไฟล์" }).click();
    await page.locator(".nc-fileUploadButton input[type=file]").setInputFiles({ name: "o3-delegation.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% o3\n%%EOF\n") });
    await page.getByRole("button", { name: "เลือกข้อมูลที่ถูกเลือก" }).click();
    await publish(page);
    const item = await written(project, "content/2566/oit/o3.md", frontMatter);
    expect(item.data).toEqual({
      code: "o3",
      fiscalYear: 2566,
      updated: "2023-01-16",
      documents: [{ title: "คำสั่งมอบอำนาจ ที่ 12/2566", date: "2023-01-15", file: "documents/o3-delegation.pdf" }],
    });
    expect(item.body.trim()).toBe("");
    await written(project, "content/2566/documents/o3-delegation.pdf", (text) => {
      if (!text.endsWith("%%EOF\n")) throw new Error("not yet whole");
    });
    expect(project.read("content/2566/documents/o3-delegation.pdf")).toBe("%PDF-1.4\n% o3\n%%EOF\n");

    // indicator 4 of 2565: 96.30 → 96.31, nothing else changes
    const beforeText = project.read("data/2565/ita.json");
    const before = JSON.parse(beforeText);
    await openForm(page, "ita/entries/ita-2565");
    const score4 = page.getByLabel("4. การใช้ทรัพย์สินของราชการ");
    await expect(score4).toHaveValue("96.3"); // the year's file is loaded into the form
    await score4.fill("96.31");
    await publish(page);
    const after = await written(project, "data/2565/ita.json", (text) => {
      const value = JSON.parse(text) as { indicators: Record<string, number> };
      if (value.indicators["4"] !== 96.31) throw new Error("not saved yet");
      return value;
    });
    expect(after).toEqual({ ...before, indicators: { ...before.indicators, "4": 96.31 } });
    expect(Object.keys(after)).toEqual(Object.keys(before)); // the contract's field order
    // the commit changes one line: the other scores keep their spelling (96.30 is not rewritten 96.3)
    expect(beforeText).toContain('"5": 98.50,');
    expect(project.read("data/2565/ita.json")).toBe(beforeText.replace('"4": 96.30,', '"4": 96.31,'));

    const check = project.run("scripts/check.ts");
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/^ERROR/m);
  });

  test("the forms refuse a score of 101 and a date in the future, and save nothing", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "root", "one local backend is enough");
    test.setTimeout(120_000);
    await signIn(page);
    const ita = project.read("data/2565/ita.json");
    await openForm(page, "ita/entries/ita-2565");
    await expect(page.getByLabel("1. การปฏิบัติหน้าที่")).toHaveValue("98.68");
    await page.getByLabel("1. การปฏิบัติหน้าที่").fill("101");
    await publish(page);
    await expect(page.getByText("คะแนน 0 ถึง 100 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 98.68")).toBeVisible();

    const notices = readdirSync(project.path("content/2566/oit/o20")).sort();
    await openForm(page, "entries-2566-o20/new");
    await page.getByLabel("ชื่อรายการ เช่น ชื่อประกาศ").fill("ประกาศผู้ชนะการเสนอราคา (วันที่ผิด)");
    await page.getByLabel("วันที่ของรายการ").fill("2100-01-01");
    await expect(page.getByText("วันที่ 2100-01-01 อยู่ในอนาคต ใส่วันที่ที่เกิดขึ้นแล้ว").first()).toBeVisible();
    await publish(page);
    await page.waitForTimeout(2_000); // a save would have reached the disk by now
    expect(readdirSync(project.path("content/2566/oit/o20")).sort()).toEqual(notices);
    expect(project.read("data/2565/ita.json")).toBe(ita);
  });
});

test.describe("the built site", () => {
  /** Every HTML file of the built site outside /admin/. */
  function publicPages(site: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory() && path.relative(site, p) !== "admin") walk(p);
        else if (e.name.endsWith(".html")) out.push(p);
      }
    };
    walk(site);
    return out;
  }

  test("no public page references /admin/, public pages keep their policy, /admin/ has its own and the CMS starts under it", async ({ page, baseURL }, testInfo) => {
    const site = path.join(ROOT, testInfo.project.name === "root" ? "_site" : "_site-prefixed");
    const pages = publicPages(site);
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) expect(readFileSync(p, "utf8"), path.relative(site, p)).not.toMatch(/admin\/|decap|cms\.js/i);

    for (const p of ["", "2565/", "2566/oit/o1/", "assets/css/site.css", "search/"]) {
      const res = await page.request.get(p);
      expect(res.headers()["content-security-policy"], p).toBe(CONTENT_SECURITY_POLICY);
    }
    const editorPolicy = editorCsp({ backend: "github", repo: "tharae/ita-website" });
    for (const p of ["admin/", "admin/decap-cms.js", "admin/config.yml"]) {
      const res = await page.request.get(p);
      expect(res.status(), p).toBe(200);
      expect(res.headers()["content-security-policy"], p).toBe(editorPolicy);
    }

    const problems: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(origin + "/") && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) foreign.push(r.url());
    });
    await page.goto("admin/");
    await expect(page.getByRole("button", { name: /GitHub/ })).toBeVisible({ timeout: 30_000 });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
