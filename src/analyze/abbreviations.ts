/**
 * Abbreviations that end in a full stop but seldom end a sentence, for the sentence splitter.
 * NUMBERED: written before a number ("No. 1", "Art. 5", "vs. 2", "pp. 6–7"); the splitter
 * never ends a sentence between one of them and the number after it.
 * SENTENCE_STARTERS: words that, capitalised after an abbreviation that can also end a
 * sentence ("U.S.", "a.m.", "Inc."), show that a new sentence has begun.
 */
export const NUMBERED = new Set([
  // (Polish "ok." is "about": "ok. 37 mld euro")
  'no', 'nos', 'nr', 'ok', 'art', 'arts', 'sec', 'secs', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'ch', 'chap', 'para', 'vs', 'v', 'op', 'ed', 'eq', 'ex', 'tab', 'approx', 'ca', 'c', 'est', 'rev', 'ref', 'item', 'col', 'cl', 'reg',
  // (Danish, Norwegian and Swedish "kl." is o'clock: "fik de plads kl. 23.")
  'kl',
  // (Russian amounts and articles: "14 тыс. 026 руб.", "ст. 5", "п. 3")
  'тыс', 'млн', 'млрд', 'трлн', 'руб', 'коп', 'ст', 'п',
])

/**
 * Words that all but never end a sentence, whatever follows them: "Mars vs. Venus", "Roe v. Wade",
 * "cf. Smith"; German "sog. Picture Archiving …" (so-called), "bzw.", "vgl.", "ggf.", "inkl.".
 */
export const NEVER_LAST = new Set(['vs', 'v', 'cf', 'viz', 'sog', 'bzw', 'vgl', 'ggf', 'inkl', 'zzgl', 'evtl', 'bspw', 'insb'])

/** Titles before a name: "Gov. Newsom", "Sen. Warren", "Lt. Col. Vindman". */
export const BEFORE_NAME = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'pres', 'supt', 'det', 'insp', 'hon', 'rev', 'fr', 'sr', 'jr', 'gen',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'Then', 'But', 'And', 'So', 'Yet', 'However',
  'In', 'On', 'At', 'For', 'After', 'Before', 'When', 'While', 'If', 'As', 'There', 'Here', 'What', 'Why', 'How', 'Who', 'Some', 'Many', 'Most', 'Both',
  'Meanwhile', 'Still', 'Now', 'Today', 'Yesterday', 'Later', 'Since', 'Although', 'Because', 'Last', 'Next', 'Our', 'Their', 'His', 'Her',
])

/**
 * Words written after an ordinal number and its full stop in German ("am 11. März", "im 3.
 * Stock", "das 20. Jahrhundert"): a day or a place in a series, never a sentence's end and the
 * next sentence's first word. The months, and the nouns most often counted so.
 */
export const AFTER_ORDINAL = new Set([
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Jahrhundert', 'Jahrhunderts', 'Jahrtausend', 'Stock', 'Stockwerk', 'Etage', 'Platz', 'Mal', 'Klasse', 'Runde', 'Liga', 'Bundesliga', 'Spieltag',
  'Auflage', 'Kapitel', 'Staffel', 'Folge', 'Quartal', 'Halbjahr', 'Lebensjahr', 'Geburtstag', 'Jahrestag', 'Todestag', 'Parteitag', 'Bezirk', 'Armee',
])
