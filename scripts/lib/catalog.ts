/**
 * @fileoverview Open data that a portal can harvest. A DCAT catalogue
 * (`/open-data/catalog.json`, JSON-LD with the DCAT-AP vocabulary): every
 * dataset of every year with its licence, publisher, period, dates, landing
 * page and downloads (size and SHA-256 of each file). CKAN's DCAT harvester
 * (ckanext-dcat, which the Thai Government Data Catalog runs on) and the EU's
 * data portals read it. And for each CSV file, which cannot carry metadata,
 * a W3C CSV on the Web (CSVW) description beside it (`ita.csv-metadata.json`,
 * the name CSVW tools look for): licence, publisher and every column's
 * meaning and type. Open data always uses ASCII digits.
 */
import { createHash } from "node:crypto";
import type { ItaResult } from "./ita.ts";
import type { Licence } from "./licence.ts";
import { absoluteUrl } from "./oit.ts";
import type { OitYear } from "./oit.ts";
import { fiscalYearRange } from "./fiscal-year.ts";
import { itaCsv, itaJson, oitCsv, oitJson, openDataMeta } from "./open-data.ts";

/** What the catalogue needs of the agency (site.json). */
export interface CatalogSite {
  name: { th: string; en: string };
  baseUrl: string;
  email: string;
}

/** One fiscal year's data. */
export interface CatalogYear {
  fiscalYear: number;
  result?: ItaResult;
  oit?: OitYear;
  /** When ITAS published the scores (ita.json's source.date), ISO. */
  issued?: string;
}

const CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  spdx: "http://spdx.org/rdf/terms#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};
// EU vocabularies DCAT-AP asks for: the data theme, file types and languages
const THEME_GOVERNMENT = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
const LANGUAGE_THAI = "http://publications.europa.eu/resource/authority/language/THA";
const FILE_TYPE: Record<string, string> = {
  json: "http://publications.europa.eu/resource/authority/file-type/JSON",
  csv: "http://publications.europa.eu/resource/authority/file-type/CSV",
};
const MEDIA_TYPE: Record<string, string> = {
  json: "https://www.iana.org/assignments/media-types/application/json",
  csv: "https://www.iana.org/assignments/media-types/text/csv",
};

const th = (value: string) => ({ "@value": value, "@language": "th" });
const en = (value: string) => ({ "@value": value, "@language": "en" });
const date = (iso: string) => ({ "@value": iso, "@type": "xsd:date" });
const id = (iri: string) => ({ "@id": iri });
const latest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => !!d).reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);

/** A file of the build as a DCAT distribution: where to get it, its type, size and checksum. */
function distribution(url: string, landing: string, licence: Licence, text: string, conformsTo?: string) {
  const ext = url.slice(url.lastIndexOf(".") + 1);
  return {
    "@type": "dcat:Distribution",
    "dct:title": url.slice(url.lastIndexOf("/") + 1),
    "dcat:accessURL": id(landing),
    "dcat:downloadURL": id(url),
    "dcat:mediaType": id(MEDIA_TYPE[ext]!),
    "dct:format": id(FILE_TYPE[ext]!),
    "dct:license": id(licence.url),
    "dcat:byteSize": { "@value": String(Buffer.byteLength(text, "utf8")), "@type": "xsd:nonNegativeInteger" },
    "spdx:checksum": {
      "@type": "spdx:Checksum",
      "spdx:algorithm": id("spdx:checksumAlgorithm_sha256"),
      "spdx:checksumValue": createHash("sha256").update(text, "utf8").digest("hex"),
    },
    ...(conformsTo ? { "dct:conformsTo": id(conformsTo) } : {}),
  };
}

/** The catalogue of every dataset of the site, as JSON-LD text. */
export function dcatCatalog(site: CatalogSite, licence: Licence, pathPrefix: string, years: readonly CatalogYear[]): string {
  const url = (p: string) => absoluteUrl(site.baseUrl, pathPrefix, p);
  const agency = `${url("/")}#agency`;
  const contact = { "@type": "vcard:Organization", "vcard:fn": site.name.th, "vcard:hasEmail": id(`mailto:${site.email}`) };
  const datasets: object[] = [];
  const modified: (string | undefined)[] = [];
  for (const y of [...years].sort((a, b) => b.fiscalYear - a.fiscalYear)) {
    const { start, end } = fiscalYearRange(y.fiscalYear);
    const period = { "@type": "dct:PeriodOfTime", "dcat:startDate": date(start), "dcat:endDate": date(end) };
    const common = {
      "@type": "dcat:Dataset",
      "dct:publisher": id(agency),
      "dcat:contactPoint": contact,
      "dct:license": id(licence.url),
      "dct:language": id(LANGUAGE_THAI),
      "dcat:theme": id(THEME_GOVERNMENT),
      "dct:temporal": period,
    };
    if (y.result) {
      const landing = url(`/${y.fiscalYear}/`);
      const meta = openDataMeta(site, licence, pathPrefix, `/${y.fiscalYear}/`);
      const base = `/open-data/${y.fiscalYear}/ita`;
      modified.push(y.issued);
      datasets.push({
        "@id": `${url("/open-data/")}#ita-${y.fiscalYear}`,
        ...common,
        "dct:identifier": `ita-${y.fiscalYear}`,
        "dct:title": [th(`ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${y.fiscalYear} ของ${site.name.th}`), en(`ITA ${y.fiscalYear} results of ${site.name.en}`)],
        "dct:description": [
          th(`ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี ${y.fiscalYear} คำนวณจากคะแนนรายตัวชี้วัด: คะแนนรวม ระดับ คะแนนรายเครื่องมือ (IIT EIT OIT) และรายตัวชี้วัด อันดับ จุดแข็ง และจุดที่ต้องพัฒนา`),
          en(`Integrity and Transparency Assessment ${y.fiscalYear}, computed from the indicator scores: total, rating, tool and indicator scores, ranking, strengths and indicators to improve.`),
        ],
        "dcat:keyword": [th("ITA"), th("คุณธรรมและความโปร่งใส"), th("การประเมิน"), en("integrity"), en("transparency")],
        ...(y.issued ? { "dct:issued": date(y.issued), "dct:modified": date(y.issued) } : {}),
        "dcat:landingPage": id(landing),
        "dcat:distribution": [
          distribution(url(`${base}.json`), landing, licence, itaJson(y.result, meta)),
          distribution(url(`${base}.csv`), landing, licence, itaCsv(y.result), url(`${base}.csv-metadata.json`)),
        ],
      });
    }
    if (y.oit) {
      const landing = url(`/${y.fiscalYear}/oit/`);
      const meta = openDataMeta(site, licence, pathPrefix, `/${y.fiscalYear}/oit/`);
      const base = `/open-data/${y.fiscalYear}/oit`;
      const updated = latest(y.oit.items.map((i) => i.updated));
      modified.push(updated);
      datasets.push({
        "@id": `${url("/open-data/")}#oit-${y.fiscalYear}`,
        ...common,
        "dct:identifier": `oit-${y.fiscalYear}`,
        "dct:title": [th(`รายการข้อมูลสาธารณะ (OIT) ปี ${y.fiscalYear} ของ${site.name.th} และ URL สำหรับระบบ ITAS`), en(`OIT ${y.fiscalYear} items of ${site.name.en} and their ITAS URLs`)],
        "dct:description": [
          th(`ข้อของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี ${y.fiscalYear} ทั้ง ${y.oit.items.length} ข้อ: คำตอบ (มี/ไม่มี) URL ถาวร สถานะ ช่วงเวลาของหลักฐาน และเอกสารแต่ละฉบับพร้อมขนาดและ SHA-256`),
          en(`The ${y.oit.items.length} items of the ${y.fiscalYear} Open Integrity and Transparency Assessment: answer, permanent URL, status, evidence window and each document with its size and SHA-256.`),
        ],
        "dcat:keyword": [th("OIT"), th("การเปิดเผยข้อมูลสาธารณะ"), th("ITAS"), en("open government data")],
        ...(updated ? { "dct:modified": date(updated) } : {}),
        "dcat:landingPage": id(landing),
        "dcat:distribution": [
          distribution(url(`${base}.json`), landing, licence, oitJson(y.oit, site.baseUrl, pathPrefix, meta)),
          distribution(url(`${base}.csv`), landing, licence, oitCsv(y.oit, site.baseUrl, pathPrefix), url(`${base}.csv-metadata.json`)),
        ],
      });
    }
  }
  const lastModified = latest(modified);
  const catalog = {
    "@context": CONTEXT,
    "@id": url("/open-data/catalog.json"),
    "@type": "dcat:Catalog",
    "dct:title": [th(`ข้อมูลเปิดของ${site.name.th}`), en(`Open data of ${site.name.en}`)],
    "dct:description": [
      th(`ผลการประเมิน ITA ที่คำนวณแล้วและรายการข้อมูลสาธารณะ (OIT) ของแต่ละปีงบประมาณ เผยแพร่ภายใต้สัญญาอนุญาต ${licence.titleTh}`),
      en(`Computed ITA results and OIT item lists of each fiscal year, published under ${licence.title}.`),
    ],
    "dct:publisher": { "@id": agency, "@type": "foaf:Organization", "foaf:name": [th(site.name.th), en(site.name.en)], "foaf:homepage": id(url("/")) },
    "dct:license": id(licence.url),
    "dct:language": id(LANGUAGE_THAI),
    "foaf:homepage": id(url("/open-data/")),
    ...(lastModified ? { "dct:modified": date(lastModified) } : {}),
    "dcat:dataset": datasets,
  };
  return JSON.stringify(catalog, null, 2);
}

/** CSVW's description of a CSV file: where it is, under which licence, by whom, and its columns. */
function csvw(csvUrl: string, title: string, meta: ReturnType<typeof openDataMeta>, columns: object[], primaryKey: string): string {
  return JSON.stringify(
    {
      "@context": ["http://www.w3.org/ns/csvw", { "@language": "th" }],
      url: csvUrl,
      "dc:title": title,
      "dc:license": { "@id": meta.licence.url },
      "dc:publisher": meta.publisher.name,
      "dcat:landingPage": { "@id": meta.landingPage },
      dialect: { encoding: "utf-8", header: true },
      tableSchema: { columns, primaryKey },
    },
    null,
    2,
  );
}

/** ita.csv-metadata.json: fiscalYear,no,name,tool,score,rank,strength. */
export function itaCsvw(fiscalYear: number, site: CatalogSite, licence: Licence, pathPrefix: string): string {
  const meta = openDataMeta(site, licence, pathPrefix, `/${fiscalYear}/`);
  return csvw(
    absoluteUrl(site.baseUrl, pathPrefix, `/open-data/${fiscalYear}/ita.csv`),
    `คะแนนรายตัวชี้วัด ITA ปีงบประมาณ พ.ศ. ${fiscalYear} ของ${site.name.th}`,
    meta,
    [
      { name: "fiscalYear", titles: "fiscalYear", "dc:description": "ปีงบประมาณ (พ.ศ.)", datatype: "integer" },
      { name: "no", titles: "no", "dc:description": "หมายเลขตัวชี้วัด (1–10)", datatype: { base: "integer", minimum: 1, maximum: 10 } },
      { name: "name", titles: "name", "dc:description": "ชื่อตัวชี้วัด", datatype: "string" },
      { name: "tool", titles: "tool", "dc:description": "เครื่องมือ: IIT ผู้มีส่วนได้ส่วนเสียภายใน, EIT ภายนอก, OIT การเปิดเผยข้อมูลสาธารณะ", datatype: { base: "string", format: "IIT|EIT|OIT" } },
      { name: "score", titles: "score", "dc:description": "คะแนน 0–100 ทศนิยม 2 ตำแหน่ง", datatype: { base: "decimal", minimum: 0, maximum: 100 } },
      { name: "rank", titles: "rank", "dc:description": "อันดับ เรียงคะแนนจากสูงไปต่ำ คะแนนเท่ากันให้หมายเลขน้อยก่อน", datatype: { base: "integer", minimum: 1 } },
      { name: "strength", titles: "strength", "dc:description": "yes: คะแนนตั้งแต่ 85 ขึ้นไป (จุดแข็ง), no: ต่ำกว่า 85", datatype: { base: "boolean", format: "yes|no" } },
    ],
    "no",
  );
}

/** oit.csv-metadata.json: code,title,answer,url,updated,status. */
export function oitCsvw(fiscalYear: number, site: CatalogSite, licence: Licence, pathPrefix: string): string {
  const meta = openDataMeta(site, licence, pathPrefix, `/${fiscalYear}/oit/`);
  return csvw(
    absoluteUrl(site.baseUrl, pathPrefix, `/open-data/${fiscalYear}/oit.csv`),
    `รายการข้อมูลสาธารณะ (OIT) ปี ${fiscalYear} ของ${site.name.th} และ URL สำหรับระบบ ITAS`,
    meta,
    [
      { name: "code", titles: "code", "dc:description": "รหัสข้อ (o1, o2 …)", datatype: { base: "string", format: "o[1-9][0-9]*" } },
      { name: "title", titles: "title", "dc:description": "ชื่อข้อ (ข้อความที่ขึ้นต้นด้วย = + - @ มีเครื่องหมาย ' นำหน้าเพื่อไม่ให้โปรแกรมตารางคำนวณทำงานเป็นสูตร)", datatype: "string" },
      { name: "answer", titles: "answer", "dc:description": "คำตอบสำหรับระบบ ITAS", datatype: { base: "string", format: "มี|ไม่มี" } },
      { name: "url", titles: "url", "dc:description": "URL ถาวรของข้อ สำหรับกรอกในระบบ ITAS", datatype: "anyURI" },
      { name: "updated", titles: "updated", "dc:description": "วันที่ของหลักฐานล่าสุด (ค.ศ. ปปปป-ดด-วว) ว่างถ้าไม่มี", datatype: "date", null: "" },
      { name: "status", titles: "status", "dc:description": "published: มีหลักฐานในช่วงเวลา, missing: ยังไม่มี, outside-window: หลักฐานอยู่นอกช่วงเวลา", datatype: { base: "string", format: "published|missing|outside-window" } },
    ],
    "code",
  );
}
