/**
 * @fileoverview Which pages an edit touches. The page templates paginate over
 * the records here (one per page: a year, an OIT item, an entry, one of the
 * agency's pages), and each kind of page reads a known set of the agency's
 * files. The live preview compares the files' stamps before and after a save
 * and renders only the pages whose files changed, so one edit to a notice on
 * a 5,000-page agency renders that notice, its item, its year's pages and the
 * site-wide lists, not five years of notices. A build renders every record.
 */
import type { SiteModel, YearModel } from "./load-data.ts";
import type { OitEntryView, OitItemView } from "./oit.ts";
import { type PageMeta, oitEntryMeta, oitItemMeta } from "./page-meta.ts";
import type { PolicyPage } from "./load-pages.ts";

/** One OIT item's page: only what its template reads, so that the record says what the page depends on. */
export interface OitPageRecord {
  fiscalYear: number;
  item: OitItemView;
  meta: PageMeta;
}

/** One entry's page (a procurement notice …). */
export interface OitEntryRecord {
  fiscalYear: number;
  item: Pick<OitItemView, "code" | "title" | "heading"> & { sample: boolean };
  entry: OitEntryView;
  meta: PageMeta;
}

/** The records the paginated templates render, one per page. */
export interface PageRecords {
  years: YearModel[];
  resultYears: YearModel[];
  oitYears: YearModel[];
  yearsWithMeasures: YearModel[];
  oitPages: OitPageRecord[];
  oitEntryPages: OitEntryRecord[];
  policyPages: PolicyPage[];
}

/** Every page record of a model. */
export function pageRecords(model: SiteModel): PageRecords {
  const digits = model.site.digits;
  const oitPages: OitPageRecord[] = [];
  const oitEntryPages: OitEntryRecord[] = [];
  for (const y of model.years) {
    for (const item of y.oit?.items ?? []) {
      oitPages.push({ fiscalYear: y.fiscalYear, item, meta: oitItemMeta(y.fiscalYear, item, digits) });
      const summary = { code: item.code, title: item.title, heading: item.heading, sample: item.evidence?.sample === true };
      for (const entry of item.evidence?.entries ?? []) {
        oitEntryPages.push({ fiscalYear: y.fiscalYear, item: summary, entry, meta: oitEntryMeta(y.fiscalYear, item, entry, digits) });
      }
    }
  }
  return {
    years: model.years,
    resultYears: model.resultYears,
    oitYears: model.years.filter((y) => y.oit),
    yearsWithMeasures: model.years.filter((y) => y.measures),
    oitPages,
    oitEntryPages,
    policyPages: model.pages,
  };
}

/**
 * What every page shows besides its own record: the agency, the navigation
 * (latest result, OIT and result years), the footer's own pages. When it
 * changes, every page is rendered again.
 */
export function siteSummary(model: SiteModel): string {
  return JSON.stringify({
    site: model.site,
    pages: model.pages.map((p) => [p.meta.permalink, p.title]),
    years: model.years.map((y) => [y.fiscalYear, y.edition.edition, Boolean(y.result), Boolean(y.oit), Boolean(y.measures)]),
  });
}

/** What a render remembers for the next one. */
export interface RenderState {
  /** Each staff file's stamp (project-relative path → stamp). */
  sources: Map<string, string>;
  summary: string;
  /** The permalinks of the item, entry and agency pages rendered, to remove a page whose record is gone. */
  permalinks: Set<string>;
}

export interface RenderPlan {
  /** True when every page is rendered. */
  full: boolean;
  /** The records to render. */
  records: PageRecords;
  /** Every page's record, rendered or not (the sitemap lists them all). */
  all: PageRecords;
  /** Permalinks of pages that no longer exist (their files are to be removed). */
  removed: string[];
  /** Staff files changed since the last render (project-relative), for publishing only those. */
  changed: Set<string>;
  state: RenderState;
}

/** The staff files a document list cites (kept in content/<year>/documents/). */
function documentFiles(docs: readonly { href: string; file?: string }[]): string[] {
  return docs.filter((d) => d.file !== undefined).map((d) => `content${d.href}`);
}

/**
 * The pages to render after the staff files changed from `prev.sources` to
 * `sources`. Without an earlier render, with `renderAll` (a template changed),
 * or when what every page shows has changed, every page.
 */
export function planRender(prev: RenderState | undefined, model: SiteModel, sources: ReadonlyMap<string, string>, renderAll = false): RenderPlan {
  const records = pageRecords(model);
  const summary = siteSummary(model);
  const permalinks = new Set([...records.oitPages, ...records.oitEntryPages, ...records.policyPages].map((r) => r.meta.permalink));
  const state: RenderState = { sources: new Map(sources), summary, permalinks };
  const changed = new Set<string>();
  if (prev) {
    for (const [rel, stamp] of sources) if (prev.sources.get(rel) !== stamp) changed.add(rel);
    for (const rel of prev.sources.keys()) if (!sources.has(rel)) changed.add(rel);
  }
  // a page whose record is gone leaves the output, whether this render is whole or not
  const removed = prev ? [...prev.permalinks].filter((p) => !permalinks.has(p)) : [];
  if (!prev || renderAll || prev.summary !== summary || [...changed].some((f) => f.startsWith("data/editions/"))) {
    return { full: true, records, all: records, removed, changed, state };
  }
  const touched = (...files: string[]) => files.some((f) => changed.has(f));
  const under = (prefix: string) => [...changed].some((f) => f.startsWith(prefix));
  // a year's pages read its own files, and compare with the other years' results and measures
  const crossYear = [...changed].some((f) => /^data\/\d{4}\/(ita|measures)\.json$/.test(f));
  const yearTouched = new Set(model.years.filter((y) => crossYear || under(`data/${y.fiscalYear}/`) || under(`content/${y.fiscalYear}/`)).map((y) => y.fiscalYear));
  const years = (list: YearModel[]) => list.filter((y) => yearTouched.has(y.fiscalYear));
  const isNew = (permalink: string) => !prev.permalinks.has(permalink);

  const oitPages = records.oitPages.filter((r) => {
    const y = r.fiscalYear;
    const code = r.item.code;
    const ev = r.item.evidence;
    return (
      isNew(r.meta.permalink) ||
      touched(`data/${y}/oit.json`, `content/${y}/oit/${code}.md`, ...documentFiles(ev?.documents ?? [])) ||
      // the pages its role links come from any year's results and measures (a measures file names the
      // year it is carried out in, often two years on), so any of those files may change them
      (crossYear && r.item.related.length > 0) ||
      under(`content/${y}/oit/${code}/`)
    );
  });
  const oitEntryPages = records.oitEntryPages.filter((r) => {
    const y = r.fiscalYear;
    const code = r.item.code;
    return (
      isNew(r.meta.permalink) ||
      touched(`data/${y}/oit.json`, `content/${y}/oit/${code}.md`, `content/${y}/oit/${code}/${r.entry.slug}.md`, ...documentFiles(r.entry.documents))
    );
  });
  const policyPages = records.policyPages.filter((p) => isNew(p.meta.permalink) || touched(p.file));
  return {
    full: false,
    records: {
      years: years(records.years),
      resultYears: years(records.resultYears),
      oitYears: years(records.oitYears),
      yearsWithMeasures: years(records.yearsWithMeasures),
      oitPages,
      oitEntryPages,
      policyPages,
    },
    all: records,
    removed,
    changed,
    state,
  };
}
