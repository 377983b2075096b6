/**
 * The text a title written for Slidev's Markdown stands for. deckwright writes titles as
 * escaped Markdown (`Costs &amp; benefits`, `\*`, `<span v-pre>…</span>` around `{{`; see
 * src/render/escape.ts mdInline); the places where Slidev shows a title as plain text of its
 * source (overview page, printed notes, the download's file name) get this instead
 * (setup/main.ts). It undoes exactly that escaping: backslash escapes and the five entities.
 */

const V_PRE = /^<span v-pre>([\s\S]*)<\/span>$/
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#58;': ':', '&#36;': '$' }

export function plainTitle(source: string): string {
  const inner = V_PRE.exec(source)?.[1] ?? source
  return inner.replace(/\\([\s\S])|&(?:amp|lt|gt|#58|#36);/g, (m, escaped: string | undefined) => escaped ?? ENTITIES[m]!)
}
