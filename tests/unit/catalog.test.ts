/** Open data a portal can harvest (scripts/lib/catalog.ts, licence.ts): the licence (default and chosen), each file's metadata, CSVW beside each CSV, the DCAT catalogue. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { computeResult } from "../../scripts/lib/ita.ts";
import { DEFAULT_LICENCE, resolveLicence } from "../../scripts/lib/licence.ts";
import { itaCsv, itaJson, oitCsv, oitJson, openDataMeta } from "../../scripts/lib/open-data.ts";
import { dcatCatalog, itaCsvw, oitCsvw } from "../../scripts/lib/catalog.ts";
import { buildOitYear, type OitEvidence } from "../../scripts/lib/oit.ts";
import { type Edition, siteSchema } from "../../scripts/lib/schema.ts";
import { RULES_2565, RULES_2566, SEED_2565 } from "./ita-rules.ts";

const site = { name: { th: "เทศบาลตำบลท่าแร่", en: "Tha Rae Subdistrict Municipality" }, baseUrl: "https://tharae.example/", email: "saraban@tharae.example" };
const CC_BY = "https://creativecommons.org/licenses/by/4.0/";
const result = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);

const edition: Edition = {
  ...RULES_2566,
  complete: true,
  confidence: "corroborated",
  source: "test source",
  note: "test",
  oit: {
    subIndicators: [{ code: "9.1", indicator: 9, title: "ข้อมูลพื้นฐาน" }],
    items: [
      { code: "o1", title: "โครงสร้าง", indicator: 9, subIndicator: "9.1", group: "g", window: "now", requirement: "r" },
      { code: "o2", title: "ผู้บริหาร", indicator: 9, subIndicator: "9.1", group: "g", window: "fiscalYear", requirement: "r" },
    ],
  },
};
const ev = (date: string): OitEvidence => ({ file: "x.md", documents: [{ title: "d", date, url: "https://x.example/", href: "https://x.example/" }], entries: [], html: "", hasBody: false });
const oit = buildOitYear(2566, edition, undefined, new Map([["o1", ev("2022-11-15")], ["o2", ev("2023-05-10")]]));

test("the licence: CC BY 4.0 unless site.json names another, known by its SPDX id or given by title and URL", () => {
  assert.equal(DEFAULT_LICENCE, "CC-BY-4.0");
  assert.deepEqual(resolveLicence(undefined), resolveLicence("CC-BY-4.0"));
  const byDefault = resolveLicence(undefined);
  assert.equal(byDefault.url, CC_BY);
  assert.equal(byDefault.gdCatalog, "Creative Commons Attributions");
  assert.equal(resolveLicence("CC0-1.0").url, "https://creativecommons.org/publicdomain/zero/1.0/");
  assert.deepEqual(resolveLicence({ title: "สัญญาอนุญาตของเทศบาล", url: "https://tharae.example/licence" }), {
    title: "สัญญาอนุญาตของเทศบาล",
    titleTh: "สัญญาอนุญาตของเทศบาล",
    url: "https://tharae.example/licence",
  });
});

test("each JSON file ends with its licence, publisher, page and catalogue, after the data it always had", () => {
  const meta = openDataMeta(site, resolveLicence(undefined), "/ita/", "/2565/");
  const json = JSON.parse(itaJson(result, meta));
  assert.equal(json.total, 94.23);
  assert.deepEqual(Object.keys(json).slice(-4), ["licence", "publisher", "landingPage", "catalog"]);
  assert.deepEqual(json.licence, { id: "CC-BY-4.0", title: "Creative Commons Attribution 4.0 International", url: CC_BY });
  assert.deepEqual(json.publisher, { name: "เทศบาลตำบลท่าแร่", url: "https://tharae.example/ita/" });
  assert.equal(json.landingPage, "https://tharae.example/ita/2565/");
  assert.equal(json.catalog, "https://tharae.example/ita/open-data/catalog.json");
  const custom = JSON.parse(oitJson(oit, site.baseUrl, "/", openDataMeta(site, resolveLicence({ title: "L", url: "https://l.example/" }), "/", "/2566/oit/")));
  assert.deepEqual(custom.licence, { title: "L", url: "https://l.example/" });
  assert.equal(custom.items.length, 2);
});

test("CSVW beside each CSV: its URL, licence, and one column per CSV column, in order", () => {
  const ita = JSON.parse(itaCsvw(2565, site, resolveLicence(undefined), "/"));
  assert.deepEqual(ita["@context"], ["http://www.w3.org/ns/csvw", { "@language": "th" }]);
  assert.equal(ita.url, "https://tharae.example/open-data/2565/ita.csv");
  assert.deepEqual(ita["dc:license"], { "@id": CC_BY });
  const header = (csv: string) => csv.replace(/^\uFEFF/, "").split("\n")[0]!.split(",");
  assert.deepEqual(ita.tableSchema.columns.map((c: { name: string }) => c.name), header(itaCsv(result)));
  assert.equal(ita.tableSchema.primaryKey, "no");
  const o = JSON.parse(oitCsvw(2566, site, resolveLicence("ODbL-1.0"), "/ita/"));
  assert.equal(o.url, "https://tharae.example/ita/open-data/2566/oit.csv");
  assert.deepEqual(o["dc:license"], { "@id": "https://opendatacommons.org/licenses/odbl/1-0/" });
  assert.deepEqual(o.tableSchema.columns.map((c: { name: string }) => c.name), header(oitCsv(oit, site.baseUrl, "/ita/")));
});

test("the DCAT catalogue: every dataset with its licence, period, dates and downloads, sizes and checksums of the very files", () => {
  const licence = resolveLicence(undefined);
  const years = [
    { fiscalYear: 2565, result, issued: "2022-08-01" },
    { fiscalYear: 2566, oit },
  ];
  const c = JSON.parse(dcatCatalog(site, licence, "/", years));
  assert.equal(c["@type"], "dcat:Catalog");
  assert.equal(c["@context"].dcat, "http://www.w3.org/ns/dcat#");
  assert.deepEqual(c["dct:license"], { "@id": CC_BY });
  // the latest date of all: o2's evidence, 10 May 2023
  assert.deepEqual(c["dct:modified"], { "@value": "2023-05-10", "@type": "xsd:date" });
  const datasets = c["dcat:dataset"];
  assert.deepEqual(datasets.map((d: Record<string, string>) => d["dct:identifier"]), ["oit-2566", "ita-2565"]); // newest year first
  const [o, i] = datasets;
  // fiscal year 2565 is 1 Oct 2021 – 30 Sep 2022
  assert.deepEqual(i["dct:temporal"]["dcat:startDate"], { "@value": "2021-10-01", "@type": "xsd:date" });
  assert.deepEqual(i["dct:temporal"]["dcat:endDate"], { "@value": "2022-09-30", "@type": "xsd:date" });
  assert.deepEqual(i["dct:issued"], { "@value": "2022-08-01", "@type": "xsd:date" });
  assert.deepEqual(o["dct:modified"], { "@value": "2023-05-10", "@type": "xsd:date" });
  assert.equal(o["dct:issued"], undefined, "no date is made up");
  assert.deepEqual(i["dcat:landingPage"], { "@id": "https://tharae.example/2565/" });
  assert.deepEqual(i["dct:publisher"], { "@id": "https://tharae.example/#agency" });
  assert.equal(c["dct:publisher"]["@id"], "https://tharae.example/#agency");
  const downloads = datasets.flatMap((d: { "dcat:distribution": Record<string, { "@id": string }>[] }) => d["dcat:distribution"].map((x) => x["dcat:downloadURL"]!["@id"]));
  assert.deepEqual(downloads, [
    "https://tharae.example/open-data/2566/oit.json",
    "https://tharae.example/open-data/2566/oit.csv",
    "https://tharae.example/open-data/2565/ita.json",
    "https://tharae.example/open-data/2565/ita.csv",
  ]);
  // each distribution: its licence, and the size and SHA-256 of the file the build writes
  const ita = itaJson(result, openDataMeta(site, licence, "/", "/2565/"));
  const dist = i["dcat:distribution"][0];
  assert.deepEqual(dist["dct:license"], { "@id": CC_BY });
  assert.equal(dist["dcat:byteSize"]["@value"], String(Buffer.byteLength(ita)));
  assert.equal(dist["spdx:checksum"]["spdx:checksumValue"], createHash("sha256").update(ita).digest("hex"));
  assert.deepEqual(dist["dct:format"], { "@id": "http://publications.europa.eu/resource/authority/file-type/JSON" });
  assert.deepEqual(i["dcat:distribution"][1]["dct:conformsTo"], { "@id": "https://tharae.example/open-data/2565/ita.csv-metadata.json" });
  // under a path prefix every URL carries it
  assert.match(dcatCatalog(site, licence, "/ita/", years), /"https:\/\/tharae\.example\/ita\/open-data\/2565\/ita\.csv"/);
});

test("an agency's licence URL is stored as the URL standard writes it: nothing in it can end the Link header's value or an HTML attribute", () => {
  const parse = (url: string) => siteSchema.shape.licence.safeParse({ title: "L", url });
  const odd = parse('https://ex.example/a>; rel="x", <https://evil.example/"><b>');
  assert.ok(odd.success, "a URL with odd characters is still a URL");
  assert.deepEqual(odd.data, { title: "L", url: "https://ex.example/a%3E;%20rel=%22x%22,%20%3Chttps://evil.example/%22%3E%3Cb%3E" });
  assert.deepEqual(parse("https://tharae.example/licence").data, { title: "L", url: "https://tharae.example/licence" }, "a plain URL is unchanged");
  assert.equal(parse("http://tharae.example/licence").success, false, "https only");
});
