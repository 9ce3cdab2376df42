/**
 * @fileoverview The licence of the agency's open data: a well-known licence by
 * its SPDX identifier, or one the agency names (title and URL) in
 * `data/site.json`. Without a choice the data is published under CC BY 4.0,
 * the licence the Thai Government Data Catalog (GD-Catalog, whose records
 * data.go.th gathers) lists as "Creative Commons Attributions": anyone may
 * use, adapt and republish it, naming the agency as the source.
 */

/** A licence as the site states it: on the open-data page, in each file and in the catalogue. */
export interface Licence {
  /** SPDX identifier, when it is one of the known licences. */
  id?: string;
  /** Its name in English, as the licence itself gives it. */
  title: string;
  /** Its name in Thai, for the site's pages. */
  titleTh: string;
  /** What it allows, in one Thai sentence (absent for an agency's own licence: its text says). */
  summaryTh?: string;
  url: string;
  /** The name GD-Catalog (ckanext-thai_gdc) gives it in its licence list, for staff entering the dataset there. */
  gdCatalog?: string;
}

/** The licences an agency can name by SPDX identifier in site.json (`"licence": "CC-BY-4.0"`). */
export const LICENCES = {
  "CC-BY-4.0": {
    title: "Creative Commons Attribution 4.0 International",
    titleTh: "ครีเอทีฟคอมมอนส์ แสดงที่มา 4.0 สากล",
    summaryTh: "ทุกคนนำไปใช้ ดัดแปลง และเผยแพร่ต่อได้ รวมทั้งเพื่อการค้า โดยระบุที่มา",
    url: "https://creativecommons.org/licenses/by/4.0/",
    gdCatalog: "Creative Commons Attributions",
  },
  "CC-BY-SA-4.0": {
    title: "Creative Commons Attribution-ShareAlike 4.0 International",
    titleTh: "ครีเอทีฟคอมมอนส์ แสดงที่มา-อนุญาตแบบเดียวกัน 4.0 สากล",
    summaryTh: "ทุกคนนำไปใช้ ดัดแปลง และเผยแพร่ต่อได้ รวมทั้งเพื่อการค้า โดยระบุที่มา และเผยแพร่งานที่ดัดแปลงด้วยสัญญาอนุญาตเดียวกัน",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    gdCatalog: "Creative Commons Attribution Share-Alike",
  },
  "CC0-1.0": {
    title: "Creative Commons Zero v1.0 Universal",
    titleTh: "ครีเอทีฟคอมมอนส์ ซีซีซีโร 1.0 สากล (สละสิทธิ์)",
    summaryTh: "ทุกคนนำไปใช้ ดัดแปลง และเผยแพร่ต่อได้โดยไม่มีเงื่อนไข",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
  "ODC-By-1.0": {
    title: "Open Data Commons Attribution License v1.0",
    titleTh: "โอเพนดาตาคอมมอนส์ แสดงที่มา 1.0",
    summaryTh: "ทุกคนนำฐานข้อมูลไปใช้ ดัดแปลง และเผยแพร่ต่อได้ โดยระบุที่มา",
    url: "https://opendatacommons.org/licenses/by/1-0/",
    gdCatalog: "Open Data Common",
  },
  "ODbL-1.0": {
    title: "Open Data Commons Open Database License v1.0",
    titleTh: "สัญญาอนุญาตฐานข้อมูลเปิดของโอเพนดาตาคอมมอนส์ 1.0",
    summaryTh: "ทุกคนนำฐานข้อมูลไปใช้ ดัดแปลง และเผยแพร่ต่อได้ โดยระบุที่มา และเผยแพร่ฐานข้อมูลที่ดัดแปลงด้วยสัญญาอนุญาตเดียวกัน",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
    gdCatalog: "Open Data Common",
  },
} as const satisfies Record<string, Omit<Licence, "id">>;

export type LicenceId = keyof typeof LICENCES;

/** The licence used when site.json names none. */
export const DEFAULT_LICENCE: LicenceId = "CC-BY-4.0";

/** site.json's `licence`: a known SPDX identifier, or the agency's own licence by title and URL. */
export type LicenceField = LicenceId | { title: string; url: string };

/** The licence the open data is published under. */
export function resolveLicence(field: LicenceField | undefined): Licence {
  const chosen = field ?? DEFAULT_LICENCE;
  if (typeof chosen === "string") return { id: chosen, ...LICENCES[chosen] };
  // an agency's own licence has one name; it is shown as given in both languages
  return { title: chosen.title, titleTh: chosen.title, url: chosen.url };
}
