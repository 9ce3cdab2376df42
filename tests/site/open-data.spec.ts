/** Open data a portal can harvest, as served: the licence on the page, in each file and its headers; the DCAT catalogue's downloads. */
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { exampleModel } from "./helpers.ts";

const CC_BY = "https://creativecommons.org/licenses/by/4.0/";

test("the open-data page states the licence (the documented default, CC BY 4.0) and links the catalogue", async ({ page }) => {
  expect(exampleModel().site.licence).toBeUndefined(); // the example names none: the default applies
  await page.goto("open-data/");
  const link = page.locator('[data-licence] a[rel="license"]');
  await expect(link).toHaveAttribute("href", CC_BY);
  await expect(link).toHaveText("ครีเอทีฟคอมมอนส์ แสดงที่มา ๔.๐ สากล");
  await expect(page.locator("[data-licence]")).toContainText("ทุกคนนำไปใช้ ดัดแปลง และเผยแพร่ต่อได้ รวมทั้งเพื่อการค้า โดยระบุที่มา ในชื่อ “เทศบาลตำบลท่าแร่”");
  await expect(page.locator("[data-catalog]")).toHaveAttribute("href", /open-data\/catalog\.json$/);
});

test("the DCAT catalogue lists every dataset; each download resolves here, with the size and SHA-256 it states, under its licence", async ({ request, baseURL }) => {
  const res = await request.get("open-data/catalog.json");
  expect(res.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  const catalog = await res.json();
  const model = exampleModel();
  const expected = [
    ...model.years.filter((y) => y.oit).map((y) => `oit-${y.fiscalYear}`),
    ...model.years.filter((y) => y.result).map((y) => `ita-${y.fiscalYear}`),
  ].sort();
  const datasets = catalog["dcat:dataset"] as Record<string, any>[];
  expect(datasets.map((d) => d["dct:identifier"]).sort()).toEqual(expected);
  const local = new URL(baseURL!);
  for (const d of datasets) {
    expect(d["dct:license"]).toEqual({ "@id": CC_BY });
    expect(d["dct:temporal"]["dcat:startDate"]["@value"]).toMatch(/^\d{4}-10-01$/);
    for (const dist of d["dcat:distribution"]) {
      const url = new URL(dist["dcat:downloadURL"]["@id"]);
      expect(url.origin).toBe("https://tharae.example");
      const file = await request.get(`${local.origin}${url.pathname}`);
      expect(file.status(), url.href).toBe(200);
      const body = await file.body();
      expect(String(body.length), url.href).toBe(dist["dcat:byteSize"]["@value"]);
      expect(createHash("sha256").update(body).digest("hex"), url.href).toBe(dist["spdx:checksum"]["spdx:checksumValue"]);
      expect(dist["dct:license"]).toEqual({ "@id": CC_BY });
      // the served file says its licence in a Link header too (a CSV has no other place for it)
      expect(file.headers()["link"]).toBe(`<${CC_BY}>; rel="license"`);
      if (url.pathname.endsWith(".json")) expect((JSON.parse(body.toString("utf8")) as { licence: { url: string } }).licence.url).toBe(CC_BY);
    }
  }
});

test("each CSV has its CSVW description beside it: the same columns in the same order, the licence", async ({ request }) => {
  for (const y of exampleModel().years) {
    for (const name of [...(y.result ? ["ita"] : []), ...(y.oit ? ["oit"] : [])]) {
      const csv = (await (await request.get(`open-data/${y.fiscalYear}/${name}.csv`)).text()).replace(/^\uFEFF/, "");
      const meta = await (await request.get(`open-data/${y.fiscalYear}/${name}.csv-metadata.json`)).json();
      expect(meta.url).toMatch(new RegExp(`/open-data/${y.fiscalYear}/${name}\\.csv$`));
      expect(meta["dc:license"]).toEqual({ "@id": CC_BY });
      expect(meta.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(csv.split("\n")[0]!.split(","));
    }
  }
});
