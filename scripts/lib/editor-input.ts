/**
 * @fileoverview What the web editor's forms need to know of the agency's
 * folders: which years there are, which edition each uses, its indicators and
 * OIT items, which items keep a list of entries, where the editor saves. Read
 * leniently: a file with a mistake must not take the editor away, since the
 * editor is how a clerk fixes it (`npm run edit` builds its configuration from
 * here on every request; the build, from the same folders it has just checked).
 */
import { type Problem } from "./problems.ts";
import { type Edition, editorSettingsSchema, oitOverrideSchema } from "./schema.ts";
import { loadEditions, yearEdition } from "./editions.ts";
import { mergeItems } from "./oit.ts";
import { type StaffFiles, YEAR_NAME, filesOfKind, scanStaffFiles } from "./staff-files.ts";
import { readStaffText } from "./read-staff.ts";
import { ENTRY_ITEM_TITLE, type EditorInput, type EditorSettings, type EditorYear } from "./editor-config.ts";

/** A staff JSON file's value, or undefined when it is missing or does not parse (the check says why). */
function lenientJson(staff: StaffFiles, rel: string): Record<string, unknown> | undefined {
  const file = staff.files.get(rel);
  if (!file) return undefined;
  const text = readStaffText(file, []);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text); // readStaffText has already dropped a byte-order mark
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The edition a year uses, by the loader's rule (yearEdition); if that edition is missing (the check refuses it), for the forms only, its own year's or the nearest earlier one. */
function editionFor(year: number, named: number, editions: ReadonlyMap<number, Edition>): Edition | undefined {
  if (editions.has(named)) return editions.get(named);
  if (editions.has(year)) return editions.get(year);
  return [...editions.values()].filter((e) => e.edition < year).at(-1) ?? [...editions.values()][0];
}

/** The editor's view of the agency's folders under `root`. */
export function readEditorInput(root: string): EditorInput {
  const ignored: Problem[] = [];
  const staff = scanStaffFiles(root, ignored);
  const editions = loadEditions(root, staff, ignored);
  const site = lenientJson(staff, "data/site.json") ?? {};
  const name = site.name as { th?: unknown } | undefined;
  const settings = editorSettingsSchema.safeParse(site.editor);

  const yearNames = new Set<number>();
  for (const dir of staff.dirs) {
    const m = /^(data|content)\/(\d{4})$/.exec(dir);
    if (m && YEAR_NAME.test(m[2]!)) yearNames.add(Number(m[2]));
  }
  const years: EditorYear[] = [];
  for (const fiscalYear of [...yearNames].sort((a, b) => a - b)) {
    const ita = lenientJson(staff, `data/${fiscalYear}/ita.json`);
    const oitJson = lenientJson(staff, `data/${fiscalYear}/oit.json`);
    const edition = editionFor(fiscalYear, yearEdition(fiscalYear, ita?.edition, oitJson?.edition), editions);
    if (!edition) continue;
    const override = oitOverrideSchema.safeParse(oitJson ?? { fiscalYear });
    const { items } = mergeItems(edition, override.success ? override.data : undefined);
    const entryFolders = new Set(
      [...staff.dirs].filter((d) => d.startsWith(`content/${fiscalYear}/oit/`)).map((d) => d.slice(`content/${fiscalYear}/oit/`.length)),
    );
    years.push({
      fiscalYear,
      hasResults: staff.files.has(`data/${fiscalYear}/ita.json`),
      hasOit: staff.dirs.has(`content/${fiscalYear}/oit`) || staff.files.has(`data/${fiscalYear}/oit.json`),
      edition: edition.edition,
      indicators: edition.indicators.map((i) => ({ no: i.no, name: i.name })).sort((a, b) => a.no - b.no),
      items: items.map((i) => ({ code: i.code, ...(i.title ? { title: i.title } : {}) })),
      entryItems: items.filter((i) => entryFolders.has(i.code) || (i.title !== undefined && ENTRY_ITEM_TITLE.test(i.title))).map((i) => i.code),
    });
  }
  return {
    agency: typeof name?.th === "string" ? name.th : "",
    baseUrl: typeof site.baseUrl === "string" ? site.baseUrl : "",
    ...(settings.success && site.editor !== undefined ? { settings: settings.data as EditorSettings } : {}),
    years,
    agencyEditions: filesOfKind(staff, "edition", "data/editions").map((f) => Number(f.rel.slice("data/editions/".length, -".json".length))),
  };
}
