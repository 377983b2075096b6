/**
 * Code as a reader of the page sees it, where the article's source marks it for Twoslash (the
 * TypeScript handbook's and many docs sites' code blocks): the lines before "// ---cut---" set up
 * the example and are hidden, the lines after "// ---cut-after---" too; compiler settings
 * ("// @errors: 2322", "// @filename: a.ts") and type queries ("//    ^?") are never shown. A
 * change marked in the code ("---removed---", "+++added+++", as Svelte's site writes it) reads as
 * the code after it.
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
  return withoutTwoslash(asChanged(code))
}

/** Code a removed span is marked in with "---…---" and an added one with "+++…+++" (Svelte's site): as it reads after the change. */
const ADDED = /\+\+\+([^\n]*?)\+\+\+/gu
const REMOVED = /---(?!cut)[^\n]*?(?<!cut)---/gu

/** A whole line marked removed: "---import type { PageServerLoadEvent } from './$types';---". */
const REMOVED_LINE = /^\s*---[^-\s][^\n]*[^-\s]---\s*$/mu

function asChanged(code: string): string {
  if (code.search(ADDED) < 0 && !REMOVED_LINE.test(code)) return code
  return code
    .split('\n')
    .flatMap((line) => {
      const changed = line.replace(REMOVED, '').replace(ADDED, '$1')
      return changed !== line && changed.trim() === '' ? [] : [changed]
    })
    .join('\n')
}

function withoutTwoslash(code: string): string {
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
