/** Escape text for HTML or XML content and attribute values (the pages Nunjucks does not write: charts, the preview's error page, /admin/). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
