// Site search on Pagefind's index. Loaded only by the search page; every other
// page works without JavaScript. Works under a path prefix: the site root is
// found from this script's own address (/assets/js/search.js).
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
    // Thai vowels and tone marks are combining marks: keep them, or "ปี" matches "ป"
    const options = { baseUrl: root.pathname, exactDiacritics: true };
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

// an inert document: nothing in the excerpt loads or runs
function textOf(html) {
  return new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
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
  const found = await pf.search(q);
  const pages = await Promise.all(found.results.slice(0, 50).map((r) => r.data()));
  // Pagefind also returns partial matches; keep pages that hold every term as typed
  const terms = q.split(/\s+/).filter(Boolean);
  const hits = pages.filter((p) => terms.every((t) => p.content.replace(/[\s\u200B]/g, "").includes(t)));
  if (mine !== latest) return;
  status.textContent = hits.length ? `พบ ${hits.length} หน้าที่มีคำว่า “${q}”` : `ไม่พบหน้าที่มีคำว่า “${q}”`;
  for (const hit of hits) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = hit.url;
    a.textContent = hit.meta.title ?? hit.url;
    const p = document.createElement("p");
    p.textContent = textOf(hit.excerpt);
    li.append(a, p);
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
