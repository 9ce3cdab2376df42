import { test } from "node:test";
import assert from "node:assert/strict";
import { planShards } from "../../scripts/lib/search-shards.ts";

const entries = (year: string, n: number) => Array.from({ length: n }, (_, i) => `${year}/oit/o20/n-${String(i + 1).padStart(2, "0")}/index.html`);

test("a site within the limit is one index, whatever its folders", () => {
  const files = ["search/index.html", "2565/index.html", "index.html"];
  assert.deepEqual(planShards(files, 3), [{ name: "", files: ["2565/index.html", "index.html", "search/index.html"] }]);
});

test("over the limit: pages outside the years are the primary shard, each year its own shard", () => {
  const files = ["index.html", "2566/index.html", "2565/index.html", "2565/oit/index.html", "trends/index.html", "2566/oit/index.html"];
  assert.deepEqual(planShards(files, 4), [
    { name: "", files: ["index.html", "trends/index.html"] },
    { name: "2565", files: ["2565/index.html", "2565/oit/index.html"] },
    { name: "2566", files: ["2566/index.html", "2566/oit/index.html"] },
  ]);
});

test("a year over the limit is cut into equal parts in path order, never a tiny remainder", () => {
  // 2566 has 1 year page + 10 notices = 11 pages; limit 4 → ceil(11/4) = 3 parts of ceil(11/3) = 4, 4, 3
  const files = ["index.html", "2566/index.html", ...entries("2566", 10)];
  const shards = planShards(files, 4);
  assert.deepEqual(shards.map((s) => [s.name, s.files.length]), [["", 1], ["2566-1", 4], ["2566-2", 4], ["2566-3", 3]]);
  assert.deepEqual(shards[1]!.files, ["2566/index.html", ...entries("2566", 3)]);
  assert.deepEqual(shards[3]!.files, entries("2566", 10).slice(7));
  // every page is in exactly one shard
  assert.deepEqual(shards.flatMap((s) => s.files).sort(), [...files].sort());
});

test("folders that only look like years are not fiscal years", () => {
  const files = ["index.html", "2565x/index.html", "open-data/2565/index.html", "2565/index.html"];
  assert.deepEqual(planShards(files, 2).map((s) => [s.name, s.files]), [
    ["", ["2565x/index.html", "index.html", "open-data/2565/index.html"]],
    ["2565", ["2565/index.html"]],
  ]);
});

test("the limit must be a positive whole number", () => {
  assert.throws(() => planShards(["index.html"], 0), RangeError);
  assert.throws(() => planShards(["index.html"], 1.5), RangeError);
});
