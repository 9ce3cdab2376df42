import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { MAX_EMBLEM_BYTES, unsafeSvg } from "../../scripts/lib/emblem.ts";
import { loadChecked, withExample } from "./example-copy.ts";

test("an SVG emblem must be only a drawing: each way to run or fetch is named", () => {
  const cases: [string, string | undefined][] = [
    [`<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>`, undefined],
    [`<SVG viewBox="0 0 1 1"><path d="M0 0"/></SVG>`, undefined],
    [`<svg>\n<rect/></svg>`, undefined],
    [`<?xml version="1.0"?><svgx/>`, "no <svg> element"],
    [`<svg><script>alert(1)</script></svg>`, "<script>"],
    [`<svg><SCRIPT\nhref="x.js"/></svg>`, "<script>"],
    [`<svg><script/></svg>`, "<script>"],
    [`<svg><foreignObject><p>x</p></foreignObject></svg>`, "an embedded document"],
    [`<svg><iframe src="x"/></svg>`, "an embedded document"],
    [`<svg><object data="x"></object></svg>`, "an embedded document"],
    [`<svg><embed src="x"/></svg>`, "an embedded document"],
    [`<svg><html>x</html></svg>`, "an embedded document"],
    [`<svg><body/></svg>`, "an embedded document"],
    [`<svg onload="alert(1)"></svg>`, "an event handler (on…=)"],
    [`<svg><rect onClick = "x"/></svg>`, "an event handler (on…=)"],
    [`<svg><a href="javascript:alert(1)"><rect/></a></svg>`, "a javascript: or data: address"],
    [`<svg><a href="VBScript :x"/></svg>`, "a javascript: or data: address"],
    [`<svg><image href="data:image/png;base64,AAAA"/></svg>`, "a javascript: or data: address"],
    [`<svg><image href="https://other.example/x.png"/></svg>`, "a link to another host"],
    [`<svg><image xlink:href='http://other.example/x.png'/></svg>`, "a link to another host"],
    [`<svg><use href = "//other.example/s.svg#a"/></svg>`, "a link to another host"],
    [`<svg><image src=//other.example/x.png /></svg>`, "a link to another host"],
    [`<!DOCTYPE svg [<!ENTITY x "y">]><svg>&x;</svg>`, "an XML entity"],
    // what is allowed: links inside the drawing, the word "on" in text, a namespace URL
    [`<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use href="#a"/><text>on = off</text></svg>`, undefined],
  ];
  for (const [svg, why] of cases) assert.equal(unsafeSvg(svg), why, svg);
  assert.equal(MAX_EMBLEM_BYTES, 524_288); // 512 × 1024
});

/** Load the example with `change` applied; errors as [file, field, en]. */
function errorsWith(change: (dir: string) => void): (string | undefined)[][] {
  return withExample((copy) => {
    change(copy.dir);
    const r = loadChecked({ root: copy.dir, today: "2026-01-01" });
    return r.problems.filter((p) => p.severity === "error").map((p) => [p.file, p.field, p.en]);
  });
}
const editSite = (dir: string, edit: (s: any) => void) => {
  const s = JSON.parse(readFileSync(`${dir}/data/site.json`, "utf8"));
  edit(s);
  writeFileSync(`${dir}/data/site.json`, JSON.stringify(s));
};

test("the emblem through loadSite: published when plain, refused when unsafe, missing, mistyped or unused", () => {
  withExample((copy) => {
    const r = loadChecked({ root: copy.dir, today: "2026-01-01" });
    assert.deepEqual(r.model!.files.find((f) => f.href === "/assets/img/emblem.svg"), { source: copy.path("data/emblem.svg"), href: "/assets/img/emblem.svg" });
  });
  assert.deepEqual(errorsWith((d) => writeFileSync(`${d}/data/emblem.svg`, `<svg onload="x()"/>`)), [
    ["data/emblem.svg", undefined, "this SVG holds something that can run or fetch (an event handler (on…=)): use a PNG, or an SVG that is only a drawing"],
  ]);
  assert.deepEqual(errorsWith((d) => editSite(d, (s) => (s.emblem = "seal.png"))), [
    ["data/emblem.svg", undefined, "this file is not used: the emblem is the file named by emblem in data/site.json (delete this file or name it there)"],
    ["data/site.json", "emblem", "emblem file data/seal.png not found"],
  ]);
  assert.deepEqual(
    errorsWith((d) => {
      editSite(d, (s) => (s.emblem = "seal.png"));
      writeFileSync(`${d}/data/seal.png`, "<svg/>");
    }),
    [
      ["data/emblem.svg", undefined, "this file is not used: the emblem is the file named by emblem in data/site.json (delete this file or name it there)"],
      ["data/seal.png", undefined, "the file's content is not .png as its name says (renamed from another type?): save it again as a real .png"],
    ],
  );
  assert.deepEqual(errorsWith((d) => writeFileSync(`${d}/data/emblem.svg`, "<svg>" + " ".repeat(MAX_EMBLEM_BYTES) + "</svg>")), [
    ["data/emblem.svg", undefined, "the emblem is larger than 512 KB: make the image smaller (it is on every page)"],
  ]);
  // exactly at the limit is accepted
  assert.deepEqual(errorsWith((d) => writeFileSync(`${d}/data/emblem.svg`, "<svg>" + " ".repeat(MAX_EMBLEM_BYTES - 11) + "</svg>")), []);
  // no emblem at all: the other image is unused
  assert.deepEqual(errorsWith((d) => editSite(d, (s) => delete s.emblem)), [
    ["data/emblem.svg", undefined, "this file is not used: the emblem is the file named by emblem in data/site.json (delete this file or name it there)"],
  ]);
});
