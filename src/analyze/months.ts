/** The English names of the months, as regular-expression alternations (a date's words in the text, not in the deck's language). */

const NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December'

/** "January" … "December". */
export const MONTH = `(?:${NAMES})`

/** A month written whole or cut short: "March", "Mar", "Sept". */
export const MONTH_OR_SHORT = `(?:${NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)`

/** A date written in English, the month before or after the day: "March 25, 2015", "Feb. 23, 2015", "22 Dec, 2016", "25 March 2015", "Jun 18th 2018". */
export const WRITTEN_DATE = String.raw`(?:${MONTH_OR_SHORT}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_OR_SHORT}\.?,?\s+\d{4})`
