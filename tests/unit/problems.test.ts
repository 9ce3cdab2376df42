import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_PROBLEMS_PER_FILE, type Problem, capPerFile, error, formatProblem, sortProblems, warning } from "../../scripts/lib/problems.ts";

const t = { th: "ผิด", en: "wrong" };

test("a problem is one line: severity, file, line, field, Thai / English", () => {
  assert.equal(formatProblem(error("data/2565/ita.json", t, "indicators.4", 7)), "ERROR data/2565/ita.json:7 › indicators.4: ผิด / wrong");
  assert.equal(formatProblem(error("data/site.json", t)), "ERROR data/site.json: ผิด / wrong");
  assert.equal(formatProblem(warning("content/pages/privacy.md", t, "updated")), "WARN  content/pages/privacy.md › updated: ผิด / wrong");
  assert.equal(formatProblem(warning("x", t, undefined, 3)), "WARN  x:3: ผิด / wrong");
  // no empty field or line 0 is written into the problem
  assert.deepEqual(error("f", t, "", 0), { severity: "error", file: "f", th: "ผิด", en: "wrong" });
  assert.deepEqual(warning("f", t, "a", 2), { severity: "warning", file: "f", field: "a", line: 2, th: "ผิด", en: "wrong" });
});

test("problems sort by file, then line, then field, errors before warnings", () => {
  const ps: Problem[] = [
    warning("b", t, "x", 1),
    error("b", t, "x", 1),
    error("b", t, "a", 1),
    error("b", t, undefined, 2),
    error("b", t),
    error("a", t, "z", 9),
  ];
  assert.deepEqual(sortProblems(ps).map((p) => [p.file, p.line, p.field, p.severity]), [
    ["a", 9, "z", "error"],
    ["b", undefined, undefined, "error"],
    ["b", 1, "a", "error"],
    ["b", 1, "x", "error"],
    ["b", 1, "x", "warning"],
    ["b", 2, undefined, "error"],
  ]);
  assert.notEqual(sortProblems(ps), ps, "a new array");
});

test("at most 20 problems per file, then one line that counts the rest", () => {
  assert.equal(MAX_PROBLEMS_PER_FILE, 20);
  const many = Array.from({ length: 23 }, (_, i) => error("big.json", t, `f${i}`, i + 1));
  const capped = capPerFile([...many, error("small.json", t)]);
  assert.equal(capped.length, 22);
  assert.deepEqual(capped.slice(0, 20), many.slice(0, 20));
  assert.deepEqual(capped[20], {
    severity: "error",
    file: "big.json",
    th: "และปัญหาอื่นอีก 3 รายการในไฟล์นี้ (แสดง 20 รายการแรก แก้แล้วตรวจอีกครั้ง)",
    en: "and 3 more problem(s) in this file (the first 20 are shown: fix them and check again)",
    more: 3,
  });
  assert.deepEqual(capped[21], error("small.json", t));
  // exactly 20: no counting line
  assert.equal(capPerFile(many.slice(0, 20)).length, 20);
  // a count made earlier (by the validator) adds to the hidden ones
  const counted = capPerFile([...many.slice(0, 21), { ...error("big.json", t), more: 100 }]);
  assert.equal(counted.length, 21);
  assert.equal(counted[20]!.more, 101);
});

test("a problem is one line whatever a staff file put in a field name: line breaks and terminal escapes are shown, not obeyed", () => {
  const line = formatProblem(error("data/site.json", { th: "ไม่รู้จักช่อง", en: "unknown field" }, "x\nERROR data/2566/ita.json:1: forged\u001b[2K"));
  assert.equal(line, "ERROR data/site.json › x\\u000aERROR data/2566/ita.json:1: forged\\u001b[2K: ไม่รู้จักช่อง / unknown field");
});
