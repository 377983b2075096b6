/**
 * A line's first letter as a slide sets it: a capital, unless the first word is a name or code
 * the article writes in lower case ("pnpm 12 is a rewrite …", "x86 chips …", "iPhone", "db-02",
 * "https://…"), which stays as written.
 *
 * Usage: capitalFirstLetter('pnpm 12 is a rewrite') === 'pnpm 12 is a rewrite'; capitalFirstLetter('so it went') === 'So it went'
 */

/**
 * A first word written in lower case as a name or code: a digit or a mark inside it ("x86",
 * "i128", "db-02", "yarn@4"), a capital after its first letter ("iPhone", "eBay"), the scheme of an
 * address ("https://"), or two letters or more of the Latin alphabet without a vowel ("pnpm",
 * "npm", "pnx"), which no English, French or German word is.
 */
export function lowerCaseName(text: string): boolean {
  const word = /^\S+/u.exec(text)?.[0] ?? ''
  if (!/^\p{Ll}/u.test(word)) return false
  const bare = word.replace(/[.,;:!?)"”’»]+$/u, '')
  return /^\p{Ll}[\p{L}]*(?:[\p{N}_./@+#]|-\p{N})/u.test(bare) || /^\p{Ll}+\p{Lu}/u.test(bare) || /^[a-z][a-z+.-]*:\/\//u.test(word) || /^[b-df-hj-np-tv-xz]{2,}$/u.test(bare)
}

/** The text with its first letter a capital, unless it opens on a name or code written in lower case. */
export function capitalFirstLetter(text: string, lang?: string): string {
  return lowerCaseName(text) ? text : text.charAt(0).toLocaleUpperCase(lang) + text.slice(1)
}
