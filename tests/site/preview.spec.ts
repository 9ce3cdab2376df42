/**
 * The live preview (`npm start`) on a copy of the project: a save that breaks
 * data/2565/ita.json turns the open page into the Thai error page naming the
 * file, the line and the fix; the save that repairs it brings the site back;
 * the terminal shows the one-line messages and no stack trace. The asked port
 * is taken first, so the preview must say so in one line and move to the next.
 *
 * Ports: PRONGSAI_TEST_PORT + 2 (taken by this test) and + 3 (the preview).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { type Server, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const port = Number(process.env.PRONGSAI_TEST_PORT ?? 8181) + 2;

/** npm start's own command (package.json), run through tsx's CLI with --port. */
function startCommand(): string[] {
  const start = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start as string;
  const [tsx, ...args] = start.split(/\s+/);
  expect(tsx).toBe("tsx");
  return [TSX, ...args, `--port=${port}`];
}

test("npm start: a broken file shows the Thai error page, the fix brings the site back, no stack trace", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "root", "one preview is enough");
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-preview-"));
  for (const entry of [".eleventy.ts", "package.json", "tsconfig.json", "content", "data", "layouts", "scripts"]) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const ita = path.join(dir, "data/2565/ita.json");
  const good = readFileSync(ita, "utf8");

  // someone else is on the asked port
  const squatter: Server = createServer();
  await new Promise<void>((resolve) => squatter.listen(port, resolve));
  let output = "";
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, startCommand(), { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
    child.stdout!.on("data", (b: Buffer) => (output += b.toString()));
    child.stderr!.on("data", (b: Buffer) => (output += b.toString()));
    const url = `http://localhost:${port + 1}/2565/`;
    await expect.poll(() => output, { timeout: 90_000, message: "the preview serves" }).toMatch(/Server at http:\/\/localhost:\d+\//);
    expect(output).toContain(`port ${port} is in use: using ${port + 1} instead (choose one with --port=N)`);

    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ปีงบประมาณ พ.ศ.");

    // a score typed in quotes: the page that is open turns into the error page by itself
    writeFileSync(ita, good.replace('"4": 96.30,', '"4": "96.30",'));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ข้อมูลมีข้อผิดพลาด 1 รายการ", { timeout: 60_000 });
    const problem = page.locator('ol.problems li[data-file="data/2565/ita.json"]');
    await expect(problem.locator(".where")).toHaveText("data/2565/ita.json · บรรทัด 7 · ช่อง indicators.4");
    await expect(problem.locator(".fix")).toContainText("ให้พิมพ์ 96.30 โดยไม่มีเครื่องหมายคำพูด");
    await expect(problem.locator(".en")).toHaveText('expected number, found "96.30": type 96.30 without quotes');
    // every other page says the same, not a stale copy
    await page.goto(`http://localhost:${port + 1}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ข้อมูลมีข้อผิดพลาด 1 รายการ");

    writeFileSync(ita, good);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ผลการประเมินคุณธรรมและความโปร่งใส", { timeout: 60_000 });
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ปีงบประมาณ พ.ศ.");

    await expect.poll(() => output, { timeout: 30_000 }).toContain("the input is valid again");
    expect(output).toContain('ERROR data/2565/ita.json:7 › indicators.4: ชนิดข้อมูลไม่ถูกต้อง ต้องเป็นตัวเลข แต่พบ "96.30" ให้พิมพ์ 96.30 โดยไม่มีเครื่องหมายคำพูด / expected number, found "96.30": type 96.30 without quotes');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/stack trace|InputError|Problem writing Eleventy templates/);
  } finally {
    await testInfo.attach("preview output", { body: output, contentType: "text/plain" });
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM"); // tsx watch and the preview it runs
      } catch {
        // already gone
      }
    }
    squatter.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
