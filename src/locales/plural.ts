/**
 * A noun's form after a number in the languages that have three of them (Russian, Ukrainian: 1, 21
 * часть; 2–4, 22 части; 5–20, 25 частей), by the Unicode plural rules the runtime's Intl holds.
 *
 * Usage: const plural = threeForms('ru'); plural(22, 'часть', 'части', 'частей') → 'части'
 */
export function threeForms(tag: string): (n: number, one: string, few: string, many: string) => string {
  const rules = new Intl.PluralRules(tag)
  return (n, one, few, many) => {
    const form = rules.select(n)
    return form === 'one' ? one : form === 'few' ? few : many
  }
}
