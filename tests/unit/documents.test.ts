import { test } from "node:test";
import assert from "node:assert/strict";
import { DOCUMENT_TYPES, IMAGE_TYPES, MAX_DOCUMENT_BYTES, checkDocument, documentTypeProblem } from "../../scripts/lib/documents.ts";

/** Bytes from text (UTF-8) and byte values. */
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => Buffer.from(p as string)));

// The first bytes of each format, from the formats' own specifications.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const SEVEN_Z = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const RAR = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];

test("each allowed type is published with its media type when its bytes match", () => {
  const good: [string, Buffer, string][] = [
    ["a.pdf", bytes("%PDF-1.7\n"), "application/pdf"],
    ["a.PDF", bytes("\n\n%PDF-1.4"), "application/pdf"], // a little before %PDF- is allowed, and the extension's case is not
    ["a.doc", bytes(OLE, "x"), "application/msword"],
    ["a.docx", bytes(ZIP, "x"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["a.xls", bytes(OLE), "application/vnd.ms-excel"],
    ["a.xlsx", bytes(ZIP), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["a.ppt", bytes(OLE), "application/vnd.ms-powerpoint"],
    ["a.pptx", bytes(ZIP), "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    ["a.odt", bytes(ZIP), "application/vnd.oasis.opendocument.text"],
    ["a.ods", bytes(ZIP), "application/vnd.oasis.opendocument.spreadsheet"],
    ["a.odp", bytes(ZIP), "application/vnd.oasis.opendocument.presentation"],
    ["a.csv", bytes("\uFEFFcode,title\n"), "text/csv"],
    ["a.txt", bytes("plain text"), "text/plain"],
    ["a.jpg", bytes(JPEG), "image/jpeg"],
    ["a.jpeg", bytes(JPEG), "image/jpeg"],
    ["a.png", bytes(PNG), "image/png"],
    ["a.gif", bytes("GIF87a"), "image/gif"],
    ["b.gif", bytes("GIF89a"), "image/gif"],
    ["a.webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["a.zip", bytes(EMPTY_ZIP), "application/zip"],
    ["a.7z", bytes(SEVEN_Z), "application/x-7z-compressed"],
    ["a.rar", bytes(RAR), "application/vnd.rar"],
  ];
  assert.equal(new Set(good.map(([n]) => n.replace(/^.*\./, ".").toLowerCase())).size, Object.keys(DOCUMENT_TYPES).length, "every type is tried");
  for (const [name, b, type] of good) {
    const c = checkDocument(name, b);
    assert.deepEqual(c.ok && { type: c.type, size: c.size }, { type, size: b.length }, name);
  }
});

test("the hash is SHA-256 of the bytes, not of the name (sha256sum of the same bytes)", () => {
  const c = checkDocument("documents/a.txt", Buffer.from("abc"));
  // printf 'abc' | sha256sum
  assert.deepEqual(c, { ok: true, type: "text/plain", size: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" });
});

test("bytes of another type under an allowed name are refused, naming the extension", () => {
  const renamed: [string, Buffer][] = [
    ["a.pdf", bytes("<html><script>alert(1)</script>")],
    ["a.pdf", bytes(" ".repeat(1024), "%PDF-1.7")], // %PDF- only after the first kilobyte
    ["a.docx", bytes(OLE)],
    ["a.doc", bytes(ZIP)],
    ["a.png", bytes(JPEG)],
    ["a.jpg", bytes(PNG)],
    ["a.gif", bytes("GIF88a")],
    ["a.webp", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
    ["a.webp", bytes("RIFX", [0, 0, 0, 0], "WEBPVP8 ")],
    ["a.7z", bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1d])],
    ["a.rar", bytes("Rar!", [0x1a, 0x08])],
    ["a.zip", bytes([0x50, 0x4b, 0x07, 0x08])],
    ["a.txt", bytes("abc", [0], "def")], // a NUL byte: not text
    ["a.csv", bytes("\uFEFF  <!DOCTYPE html><p>")],
    ["a.txt", bytes("\n<HTML>")],
    ["a.txt", bytes("<svg onload=alert(1)>")],
    ["a.txt", bytes("<?xml version='1.0'?>")],
    ["a.txt", bytes("<script>")],
    ["a.txt", bytes("<iframe src=x>")],
    ["a.txt", bytes("<object data=x>")],
    ["a.txt", bytes("<head>")],
    ["a.txt", bytes("<body>")],
  ];
  for (const [name, b] of renamed) {
    const c = checkDocument(name, b);
    const ext = name.slice(name.lastIndexOf("."));
    assert.deepEqual(c, {
      ok: false,
      why: { th: `เนื้อไฟล์ไม่ใช่ ${ext} ตามนามสกุล (เปลี่ยนนามสกุลมาจากไฟล์ชนิดอื่นหรือไม่?) บันทึกไฟล์ใหม่เป็น ${ext} จริง`, en: `the file's content is not ${ext} as its name says (renamed from another type?): save it again as a real ${ext}` },
    }, `${name}: ${JSON.stringify(b.toString("latin1").slice(0, 20))}`);
  }
  // "%PDF-" ending exactly at the 1024th byte still counts
  assert.equal(checkDocument("a.pdf", bytes(" ".repeat(1019), "%PDF-")).ok, true);
  // text that merely mentions markup later on is text
  assert.equal(checkDocument("a.txt", bytes("see <html> below")).ok, true);
});

test("an empty file is refused", () => {
  assert.deepEqual(checkDocument("a.pdf", Buffer.alloc(0)), { ok: false, why: { th: "ไฟล์ว่างเปล่า", en: "the file is empty" } });
});

test("types that could run as code are refused as such; other unknown types list what is allowed", () => {
  for (const name of ["index.html", "a.htm", "a.xhtml", "a.xht", "app.js", "a.mjs", "a.cjs", "a.svg", "a.svgz", "a.xml", "a.xsl", "a.swf", "a.exe", "a.bat", "a.cmd", "a.sh", "a.ps1", "a.php", "a.jsp", "a.asp", "a.aspx", "a.wasm", "A.HTML"]) {
    const ext = name.slice(name.lastIndexOf(".")).toLowerCase();
    const why = { th: `ไฟล์ชนิด ${ext} เผยแพร่เป็นเอกสารไม่ได้ เพราะอาจทำงานเป็นโปรแกรมในเว็บไซต์ ให้แปลงเป็น PDF หรือรูปภาพ PNG/JPEG`, en: `a ${ext} file cannot be published as a document, as it could run as code on the site: convert it to PDF or a PNG/JPEG image` };
    assert.deepEqual(documentTypeProblem(name), why, name);
    assert.deepEqual(checkDocument(name, bytes("%PDF-1.7")), { ok: false, why }, name);
  }
  const allowed = ".pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .csv .txt .jpg .jpeg .png .gif .webp .zip .7z .rar";
  assert.deepEqual(documentTypeProblem("a.mp4"), { th: `ไฟล์ชนิด .mp4 เผยแพร่ไม่ได้ ชนิดที่ใช้ได้: ${allowed}`, en: `.mp4 is not a type published: use one of ${allowed}` });
  assert.deepEqual(documentTypeProblem("README"), { th: `ไฟล์ชนิด ไม่มีนามสกุล เผยแพร่ไม่ได้ ชนิดที่ใช้ได้: ${allowed}`, en: `a file without an extension is not a type published: use one of ${allowed}` });
  assert.equal(documentTypeProblem("a.htmlx")?.en, `.htmlx is not a type published: use one of ${allowed}`, "only the exact active extensions are called code");
  assert.equal(documentTypeProblem("a.pdf"), undefined);
  assert.equal(documentTypeProblem("a.Pdf"), undefined);
});

test("limits and image types", () => {
  assert.equal(MAX_DOCUMENT_BYTES, 104_857_600); // 100 × 1024 × 1024
  assert.deepEqual([...IMAGE_TYPES].sort(), ["image/gif", "image/jpeg", "image/png", "image/webp"]);
});
