/**
 * @fileoverview JSON Schema (draft 2020-12) of every input kind, generated
 * from the zod schemas and published with the open data, so other tools can
 * validate an agency's files too. Rules that JSON Schema cannot express (a
 * date that exists, the year folder, documents on disk) stay in `npm run check`.
 */
import { z } from "zod";
import {
  commentarySchema,
  editionOverrideSchema,
  editionSchema,
  itaSchema,
  measuresSchema,
  oitEntrySchema,
  oitItemFrontMatterSchema,
  oitOverrideSchema,
  siteSchema,
} from "./schema.ts";

const SCHEMAS: { name: string; title: string; schema: z.ZodType }[] = [
  { name: "site", title: "data/site.json: the agency", schema: siteSchema },
  { name: "ita", title: "data/<year>/ita.json: a fiscal year's indicator scores", schema: itaSchema },
  { name: "measures", title: "data/<year>/measures.json: measures drawn from the year's analysis", schema: measuresSchema },
  { name: "oit", title: "data/<year>/oit.json: the year's OIT section and the agency's corrections", schema: oitOverrideSchema },
  { name: "oit-item", title: "content/<year>/oit/<code>.md front matter: an OIT item's evidence", schema: oitItemFrontMatterSchema },
  { name: "oit-entry", title: "content/<year>/oit/<code>/<slug>.md front matter: one entry of an item", schema: oitEntrySchema },
  { name: "commentary", title: "content/<year>/analysis/indicator-<n>.md front matter", schema: commentarySchema },
  { name: "edition", title: "A whole ITA edition: a shipped catalogue (scripts/lib/editions/<edition>.json) or the agency's own for a year the product does not ship (data/editions/<edition>.json)", schema: editionSchema },
  { name: "edition-override", title: "data/editions/<edition>.json for a shipped edition: the agency's corrections of it", schema: editionOverrideSchema },
];

/** Every published schema as { name, text }; `$id` is the path it is published at. */
export function jsonSchemas(): { name: string; text: string }[] {
  return SCHEMAS.map(({ name, title, schema }) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    return { name, text: JSON.stringify({ ...json, $id: `/open-data/schema/${name}.schema.json`, title }, null, 2) };
  });
}
