/**
 * Code as a reader of the page sees it, where the article's source marks it for Twoslash (the
 * TypeScript handbook's and many docs sites' code blocks): the lines before "// ---cut---" set up
 * the example and are hidden, the lines after "// ---cut-after---" too; compiler settings
 * ("// @errors: 2322", "// @filename: a.ts") and type queries ("//    ^?") are never shown.
 *
 * Usage: const code = shownCode(node.value, node.lang)
 */

/** The languages whose fences Twoslash reads. */
const TWOSLASH_LANGS = /^(?:ts|tsx|typescript|js|jsx|javascript|mts|cts|svelte|vue)$/iu
const CUT_BEFORE = /^\s*\/\/\s*---cut(?:-before)?---\s*$/u
const CUT_AFTER = /^\s*\/\/\s*---cut-after---\s*$/u
/** A compiler setting of Twoslash's ("// @noErrors", "// @errors: 2322"), not TypeScript's own "// @ts-ignore". */
const SETTING = /^\s*\/\/\s*@(?!ts-)[A-Za-z]+(?::.*)?$/u
/** A query under the code: "//    ^?", "// ^|", "//   ^^^^". */
const QUERY = /^\s*\/\/\s*\^+[?|]?\s*$/u

export function shownCode(code: string, lang: string | null | undefined): string {
  if (!lang || !TWOSLASH_LANGS.test(lang)) return code
  let lines = code.split('\n')
  const marked = lines.some((l) => CUT_BEFORE.test(l) || CUT_AFTER.test(l) || QUERY.test(l))
  if (!marked) return code
  const cut = lines.map((l) => CUT_BEFORE.test(l)).lastIndexOf(true)
  if (cut >= 0) lines = lines.slice(cut + 1)
  const after = lines.findIndex((l) => CUT_AFTER.test(l))
  if (after >= 0) lines = lines.slice(0, after)
  const shown = lines.filter((l) => !SETTING.test(l) && !QUERY.test(l))
  while (shown.length && !shown[0]!.trim()) shown.shift()
  return shown.join('\n').trimEnd()
}
