import { readCorpus, caseRoot } from "./tests/integration/overlay.ts";
import { loadSite } from "./scripts/lib/load-data.ts";
import { formatProblem } from "./scripts/lib/problems.ts";
import { rmSync } from "node:fs";
const want = process.argv.slice(2);
for (const c of readCorpus().filter((c) => want.some((w) => c.id.startsWith(w + "-")))) {
  const root = caseRoot(c);
  const r = loadSite({ root });
  console.log("==", c.id);
  for (const p of r.problems) if (!p.file.startsWith("content/2566/oit/") || c.id.startsWith("1")) if (p.field !== "example") console.log(" ", formatProblem(p).slice(0, 400));
  rmSync(root, { recursive: true, force: true });
}
