// Site search on Pagefind's index. Loaded only by the search page; every other
// page works without JavaScript. Works under a path prefix: the site root is
// found from this script's own address (/assets/js/search.js).
// The index holds each page's Thai words apart; search-text.js (the build's own
// rules) cuts the query the same way and shows titles and passages as the pages do.
import { displayText, excerpt, findPages } from "./search-text.js";

const root = new URL("../../", import.meta.url);
const form = document.querySelector("[data-search-form]");
const input = form.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");

// one engine, however many searches start before it is ready (each would otherwise merge the shards again)
let ready;
function engine() {
  ready ??= (async () => {
    const pf = await import(new URL("pagefind/pagefind.js", root).href);
    // not exactDiacritics: the index's words may end in an invisible GAP mark, which only the
    // diacritic-free form drops. Pages matching "ป" for "ปี" are dropped by findPages' check
    const options = { baseUrl: root.pathname };
    await pf.options(options);
    await pf.init();
    // a large site's index comes in shards (one per fiscal year, or part of one): search them all
    const res = await fetch(new URL("pagefind/shards.json", root));
    const { shards } = res.ok ? await res.json() : { shards: [] };
    await Promise.all(shards.map((name) => pf.mergeIndex(new URL(`pagefind/${name}/`, root).pathname, options)));
    return pf;
  })();
  return ready;
}

// the passage as text, the query's terms in <mark>: built as nodes, nothing in it is parsed as HTML
function passage(content, query) {
  const { text, marks } = excerpt(content, query);
  const p = document.createElement("p");
  let from = 0;
  for (const [start, end] of marks) {
    const mark = document.createElement("mark");
    mark.textContent = text.slice(start, end);
    p.append(text.slice(from, start), mark);
    from = end;
  }
  p.append(text.slice(from));
  return p;
}

// only the latest search shows its results: an earlier, slower one must not append to them
let latest = 0;
async function run(query) {
  const mine = ++latest;
  const q = query.trim();
  list.replaceChildren();
  if (!q) {
    status.textContent = "";
    return;
  }
  status.textContent = "กำลังค้นหา…";
  const pf = await engine();
  const hits = await findPages(pf, q);
  if (mine !== latest) return;
  status.textContent = hits.length ? `พบ ${hits.length} หน้าที่มีคำว่า “${q}”` : `ไม่พบหน้าที่มีคำว่า “${q}”`;
  for (const hit of hits) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = hit.url;
    a.textContent = displayText(hit.meta.title ?? hit.url);
    li.append(a, passage(hit.content, q));
    list.append(li);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value);
  history.replaceState(null, "", url);
  run(input.value);
});
const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial);
}
