/**
 * HTML's and XML's character references in text read outside a parser: a page's JSON-LD
 * ("Lindsey O&#039;Donnell"), a Word document's properties ("R&amp;D"). One pass, so "&amp;lt;"
 * stays "&lt;".
 */

const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }

/** The text with its numeric references and the few named ones XML knows (and "&nbsp;") as characters. */
export function decodeCharacterReferences(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/giu, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    return NAMED[name!.toLowerCase()] ?? whole
  })
}
