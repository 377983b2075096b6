/** The English names of the months, as regular-expression alternations (a date's words in the text, not in the deck's language). */

const NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December'

/** "January" … "December". */
export const MONTH = `(?:${NAMES})`

/** A month written whole or cut short: "March", "Mar", "Sept". */
export const MONTH_OR_SHORT = `(?:${NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`
