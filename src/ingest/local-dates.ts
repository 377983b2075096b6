/**
 * A day written in words in another language than English, as a page shows when its story went
 * up: "11 maja 2021, 11:49", "11. Mai 2021", "11 de mayo de 2021", "11 мая 2021 г.". The months'
 * names are the runtime's own (Intl, the forms a date and a month alone take), for the languages
 * listed; the day comes before the month in all of them.
 *
 * Usage: localWrittenDate('11 maja 2021, 11:49') === '2021-05-11'
 */

/** Languages whose dates are read, the day before the month. */
const LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'ru', 'uk', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'hr', 'sl', 'ca', 'tr'] as const

let months: Map<string, number> | undefined

/** Every month's name in every listed language, lower case, with its number (1–12). */
function monthNames(): Map<string, number> {
  if (months) return months
  months = new Map()
  for (const lang of LANGUAGES) {
    for (let m = 0; m < 12; m++) {
      const day = new Date(Date.UTC(2021, m, 15))
      const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(day).find((p) => p.type === 'month')?.value
      const alone = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(day)
      for (const name of [inDate, alone]) if (name && /^\p{L}{3,}$/u.test(name)) months.set(name.toLocaleLowerCase(lang), m + 1)
    }
  }
  return months
}

const DAY_MONTH_YEAR = /(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,})\.?\s+(?:de\s+)?((?:19|20)\d\d)(?!\d)/u

/** The ISO day a text writes in words in one of the listed languages, else undefined. */
export function localWrittenDate(text: string): string | undefined {
  const m = DAY_MONTH_YEAR.exec(text)
  if (!m) return undefined
  const month = monthNames().get(m[2]!.toLocaleLowerCase())
  const day = Number(m[1])
  if (month === undefined || day < 1 || day > 31) return undefined
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
