/**
 * `npm run new-agency` on a copy of the example: with flags it gives a site
 * with the new agency's name and no trace of Tha Rae or its scores anywhere in
 * _site/ (compressed search-index files included), which passes check and
 * builds; it touches nothing outside data/ and content/, refuses to run twice,
 * refuses bad answers naming their flag, and asks in Thai when run without flags.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { ProjectCopy, ROOT, snapshot } from "./project-copy.ts";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** A 1×1 PNG (signature, IHDR, IDAT, IEND), as an agency's emblem. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d7e2b10000000049454e44ae426082",
  "hex",
);

const FLAGS = [
  "--name-th=เทศบาลตำบลหนองบัว",
  "--name-en=Nong Bua Subdistrict Municipality",
  "--kind=เทศบาลตำบล",
  "--address=สำนักงานเทศบาลตำบลหนองบัว เลขที่ 1 หมู่ 2 ตำบลหนองบัว",
  "--district=อำเภอเมืองอุดรธานี",
  "--province=อุดรธานี",
  "--postcode=41000",
  "--phone=0 4211 1111",
  "--email=saraban@nongbua.go.th",
  "--base-url=www.nongbua.go.th",
  "--digits=thai",
];

/** What is left of the example that must not appear anywhere in the new site: names, places, addresses, scores. */
const TRACES = ["ท่าแร่", "Tha Rae", "tharae", "สกลนคร", "o1-organisation-chart", "94.23", "๙๔.๒๓", "98.68", "๙๘.๖๘", "85.38", "๘๕.๓๘", "81.22", "๘๑.๒๒", "82.05", "๘๒.๐๕"];

/** Every file of a folder as text, gzip-compressed ones (Pagefind's index) decompressed. */
function textsUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rel] of snapshot(dir)) {
    let bytes = readFileSync(path.join(dir, rel));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    out.set(rel, bytes.toString("utf8"));
  }
  return out;
}

/** Everything of the project copy outside data/, content/ and what a build writes. */
function outsideStaffFolders(project: ProjectCopy): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(project.dir, { withFileTypes: true })) {
    if (/^(data|content|_site|\.cache|node_modules)$/.test(e.name) || e.name.startsWith("._site")) continue;
    if (e.isDirectory()) for (const [rel, bytes] of snapshot(project.path(e.name))) out.set(`${e.name}/${rel}`, bytes);
    else out.set(e.name, project.readBytes(e.name).toString("base64"));
  }
  return out;
}

test("new-agency with flags: the agency's own site, no trace of the example, passes check and builds; only data/ and content/ change", () => {
  const project = new ProjectCopy();
  const outside = mkdtempSync(path.join(tmpdir(), "prongsai-emblem-"));
  try {
    writeFileSync(project.path("notes.txt"), "a file of the agency's own, outside the staff folders\n");
    const before = outsideStaffFolders(project);
    const pages = ["privacy.md", "website-policy.md", "accessibility.md"].map((f) => project.read(`content/pages/${f}`));
    writeFileSync(path.join(outside, "ตรา.png"), PNG);

    const r = project.run("scripts/new-agency.ts", ...FLAGS, `--emblem=${path.join(outside, "ตรา.png")}`, "--year=2566");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /ขั้นต่อไป \/ next steps:\n {2}1\. .*content\/pages\/[\s\S]* {2}2\. .*content\/2566\/oit\/[\s\S]* {2}3\. .*npm start.*npm run check/);

    assert.deepEqual(JSON.parse(project.read("data/site.json")), {
      name: { th: "เทศบาลตำบลหนองบัว", en: "Nong Bua Subdistrict Municipality" },
      kind: "เทศบาลตำบล",
      address: "สำนักงานเทศบาลตำบลหนองบัว เลขที่ 1 หมู่ 2 ตำบลหนองบัว",
      district: "เมืองอุดรธานี", // "อำเภอ" dropped: the site prints it
      province: "อุดรธานี",
      postcode: "41000",
      phone: "0 4211 1111",
      email: "saraban@nongbua.go.th",
      baseUrl: "https://www.nongbua.go.th/", // https:// and the final / added
      digits: "thai",
      emblem: "emblem.png",
      description: "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) การวิเคราะห์ผล และมาตรการของเทศบาลตำบลหนองบัว",
    });
    assert.deepEqual(project.readBytes("data/emblem.png"), PNG);
    assert.deepEqual(readdirSync(project.path("data")).sort(), ["2566", "emblem.png", "site.json"]);
    assert.deepEqual(readdirSync(project.path("content")).sort(), ["2566", "pages"]);
    assert.deepEqual(readdirSync(project.path("content/2566")), ["oit"], "the example's documents are gone; the new year has only its stubs");
    assert.deepEqual(["privacy.md", "website-policy.md", "accessibility.md"].map((f) => project.read(`content/pages/${f}`)), pages, "policy pages kept as templates");
    assert.deepEqual(outsideStaffFolders(project), before, "nothing outside data/ and content/ changed");

    const check = project.run("scripts/check.ts");
    assert.equal(check.code, 0, check.stdout);
    assert.doesNotMatch(check.stdout, /^ERROR /m);
    assert.doesNotMatch(check.stdout, /example|ตัวอย่าง|placeholder|สมมติ/, "no warning about the example any more");

    const build = project.run("scripts/build.ts");
    assert.equal(build.code, 0, build.stdout + build.stderr);
    const site = textsUnder(project.path("_site"));
    assert.match(site.get("index.html")!, /เทศบาลตำบลหนองบัว/);
    assert.ok(site.has("2566/oit/o1/index.html"), "the new year's OIT pages");
    assert.ok(site.has("assets/img/emblem.png"));
    const found = [...site].flatMap(([rel, text]) => TRACES.filter((t) => text.includes(t)).map((t) => `${rel}: ${t}`));
    assert.deepEqual(found, [], "no trace of the example in _site/");

    // a second run would delete the agency's own years: it refuses and changes nothing
    const data = snapshot(project.path("data"));
    const again = project.run("scripts/new-agency.ts", ...FLAGS, "--yes");
    assert.equal(again.code, 1);
    assert.match(again.stderr, /ไม่ได้เป็นเว็บไซต์ตัวอย่างแล้ว.* \n?.*nothing was changed/s);
    assert.deepEqual(snapshot(project.path("data")), data);
  } finally {
    project.remove();
    rmSync(outside, { recursive: true, force: true });
  }
});

test("new-agency refuses bad answers naming their flags, and unknown flags with the nearest one, changing nothing", () => {
  const project = new ProjectCopy();
  try {
    const before = snapshot(project.path("data"));
    const bad = FLAGS.map((f) => (f.startsWith("--email=") ? "--email=saraban-at-nongbua" : f.startsWith("--base-url=") ? "--base-url=http://www.nongbua.go.th/" : f));
    const r = project.run("scripts/new-agency.ts", ...bad, "--emblem=/no/such/emblem.png");
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^--email: อีเมลไม่ถูกต้อง \/ not a valid e-mail address$/m);
    assert.match(r.stderr, /^--base-url: ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย https:\/\/ .* \/ the site's address must start with https:\/\/ \(e\.g\. https:\/\/www\.nongbua\.go\.th\/\)$/m);
    assert.match(r.stderr, /^--emblem: ไม่พบไฟล์ \/no\/such\/emblem\.png \/ file "\/no\/such\/emblem\.png" not found$/m);
    assert.match(r.stderr, /nothing was changed/);
    const typo = project.run("scripts/new-agency.ts", "--name_th=x", "--provnce=อุดรธานี");
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /unknown flag --provnce: did you mean --province\?/);
    assert.deepEqual(snapshot(project.path("data")), before);
    assert.ok(existsSync(project.path("data/2565/ita.json")));
  } finally {
    project.remove();
  }
});

test("new-agency without flags asks in Thai, asks again after a wrong answer, and confirms before removing the example", () => {
  const project = new ProjectCopy();
  try {
    const answers = [
      "เทศบาลตำบลหนองบัว",
      "Nong Bua Subdistrict Municipality",
      "เทศบาลตำบล",
      "สำนักงานเทศบาลตำบลหนองบัว",
      "เมืองอุดรธานี",
      "อุดรธานี",
      "๔๑๐๐๐", // Thai digits: the postcode is stored as 41000
      "0 4211 1111",
      "saraban at nongbua", // refused, asked again
      "saraban@nongbua.go.th",
      "https://www.nongbua.go.th/",
      "2", // arabic
      "", // no emblem yet
      "", // the standard description
      "", // no year yet
      "ใช่",
    ];
    const r = spawnSync(process.execPath, [TSX, "scripts/new-agency.ts"], { cwd: project.dir, input: answers.join("\n") + "\n", encoding: "utf8", env: { ...process.env, PRONGSAI_PDF: "0" } });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /ชื่อหน่วยงานภาษาไทย/);
    assert.match(r.stdout, /อีเมลไม่ถูกต้อง ลองอีกครั้ง \/ not a valid e-mail address: try again/);
    assert.match(r.stdout, /ดำเนินการต่อหรือไม่/);
    const site = JSON.parse(project.read("data/site.json"));
    assert.equal(site.postcode, "41000");
    assert.equal(site.digits, "arabic");
    assert.equal(site.email, "saraban@nongbua.go.th");
    assert.equal(site.emblem, undefined);
    assert.deepEqual(readdirSync(project.path("data")), ["site.json"]);
    const check = project.run("scripts/check.ts");
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /^WARN {2}data: .*npm run new-year/m, "a site with no year yet says how to start one");
  } finally {
    project.remove();
  }
});

test("new-agency reads site.json as the loader does: a byte-order mark (Notepad) is still the example; a link is not followed", () => {
  const project = new ProjectCopy();
  try {
    const site = project.read("data/site.json");
    project.write("data/site.json", `\uFEFF${site}`);
    const r = project.run("scripts/new-agency.ts", ...FLAGS);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(JSON.parse(project.read("data/site.json")).name.th, "เทศบาลตำบลหนองบัว");

    const other = new ProjectCopy();
    try {
      // site.json a link to another project's example: refused like any staff file that is a link
      rmSync(other.path("data/site.json"));
      writeFileSync(project.path("data/site.json"), site);
      symlinkSync(project.path("data/site.json"), other.path("data/site.json"));
      const linked = other.run("scripts/new-agency.ts", ...FLAGS);
      assert.equal(linked.code, 1, linked.stdout + linked.stderr);
      assert.ok(existsSync(other.path("data/2565/ita.json")), "nothing removed");
    } finally {
      other.remove();
    }
  } finally {
    project.remove();
  }
});
