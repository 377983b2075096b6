/** The frame of the deck: title, agenda, takeaways and sources slides. */
import { compressSentence } from '../analyze/compress.ts'
import { datelineSpan } from '../analyze/dateline.ts'
import { splitSentences } from '../analyze/sentences.ts'
import { tagWords } from '../analyze/constituents.ts'
import { countWords } from '../analyze/script.ts'
import { guidesTheReader } from '../analyze/discourse.ts'
import { asksAQuestion, inFirstPerson, QUESTION_MARK, refersBack, toTheReader, wholeAside, withoutToday } from '../analyze/stand-alone.ts'
import type { AgendaSlide, Analysis, DeckOptions, KeyPoint, Note, Section, Sentence, Slide, SourcesSlide, TakeawaysSlide, TitleSlide } from '../types.ts'
import { detached, detachedNamed } from './detached.ts'
import { localeFor } from '../locales/index.ts'
import { capitalFirst, formatDate } from './format.ts'
import { paragraphNotes, sentenceNote } from './notes.ts'
import { issuerOf, releaseDate, releaseIssuer } from './issuer.ts'
import { datelineDateIn } from '../analyze/dateline.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { key } from './table-titles.ts'

export function titleSlide(a: Analysis, title: string, options: DeckOptions): TitleSlide {
  const { meta } = a.article
  // (not one that asks the reader or calls them to act: "Do you argue about the temperature in your office or home? Find out …, and tell us your preference")
  const speaksToReader = (d: string) => guidesTheReader(d, a.lang) || (QUESTION_MARK.test(d) && toTheReader(d, a.lang))
  const description = meta.description && !speaksToReader(meta.description) ? coverLine(meta.description, a.lang) : undefined
  // not a section's title again, the slide right after the cover ("Yahoo’s $4.8 billion sale to Verizon is a complicated beast")
  // (nor the date the cover shows under it: a post's front matter may give its date as its description, "October 13, 2019")
  const date = shownDate(a, options)
  const titles = new Set([...a.sections.map((x) => key(x.title)), ...(date ? [key(date)] : [])])
  // (nor the deck's title again, in capitals or with the page's note after it: "ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)")
  const fresh = (line: string | undefined) => (line && !titles.has(key(line)) && key(line.replace(BRACKETED_LAST, '')) !== key(title) ? line : undefined)
  const { lede, lead } = coverLead(a)
  const subtitle = options.subtitle ?? fresh(description) ?? fresh(lead)
  const byline = options.author ?? meta.byline
  const notes: Note[] = lede ? paragraphNotes(a, [lede.paragraph]) : []
  return {
    kind: 'title',
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(byline ? { byline } : {}),
    ...(date ? { date } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    notes: notes.length ? notes : [{ text: title }],
  }
}

/** A note in brackets closing a line: "(Notizia del 14 Gennaio 2020)". */
const BRACKETED_LAST = /\s*\([^()]*\)\s*$/u

/**
 * A note set above the text on a later change to it, the editor's or the writer's: "Update
 * 2024-05-08: As of April, Framework has …", "Editor's note: …", "Correction: …". Not what the article is about.
 */
const EDITORS_NOTE = /^\s*[*_]?(?:(?:last\s+)?updated?(?:\s+\d{4}-\d{2}-\d{2}|\s+\([^)]{1,30}\)|\s+(?:on\s+)?[\p{L}\d ,.]{3,24}?)?|editor['’]s note|correction|clarification|aktualisierung|nachtrag|mise à jour|actualización|aggiornamento)\s*:/iu

/** The article's first sentences, at most, one of which may be the cover's subtitle. */
const LEAD_REACH = 3

/**
 * The cover's subtitle from the article's first sentence that states something: not an aside in
 * brackets ("(based on …)"), nor a line without a verb (a release's tagline above its dateline:
 * "Open Source distributed real-time Big Data analytics infrastructure in use at …"). `lede` is
 * the sentence whose paragraph the cover's notes give.
 */
function coverLead(a: Analysis): { lede?: Sentence; lead?: string } {
  // (nor an interviewer's question: "Dans votre travail, vous expliquez … ?" is asked, not said)
  const asked = (x: Sentence) => !!a.article.blocks[a.paragraphs[x.paragraph]!.block]?.asked
  const opening = a.sentences.filter((x) => !wholeAside(x.text) && !asked(x) && !EDITORS_NOTE.test(x.text)).slice(0, LEAD_REACH)
  // (a later one only past lines that state nothing: a tagline is no lead, a sentence the cover cannot use may still be the lead)
  const lede = opening.find((x) => statesSomething(x.text, a.lang)) ?? opening[0]
  const lead = lede ? leadOf(a, lede.text) : undefined
  return { ...(lede ? { lede } : {}), ...(lead ? { lead } : {}) }
}

/**
 * A first sentence, compressed, as the cover's subtitle, or none:
 * (the lede's "today" is the release's day, not the talk's: "Meta … [today] reported …")
 * (not one that points back, "These cases deal with …": a cover says what the talk is about on its own)
 * (nor one about the writer, opening on "I": "I joined Dropbox not long after graduating …")
 * (nor a word alone, a button's label the page left above the text: "Save")
 * (nor a question, the writer's setup whose answer the cover cannot give: "The reason for that decline?")
 */
function leadOf(a: Analysis, sentence: string): string | undefined {
  const compressed = (words: number) => compressSentence(sentence, words, undefined, undefined, { relative: true })
  const tight = compressed(SLIDE_BUDGET.subtitleWords)
  const short = tight.complete ? tight : compressed(SLIDE_BUDGET.longSubtitleWords)
  if (!short.complete || countWords(short.text) < MIN_LEAD_WORDS || !statesSomething(short.text, a.lang) || QUESTION_MARK.test(short.text) || refersBack(short.text, a.lang) || opensInFirstPerson(short.text, a.lang)) return undefined
  return a.lang === 'en' ? withoutToday(short.text) : short.text
}

/** Words a first sentence holds at least to be the cover's subtitle ("We messed up"). */
const MIN_LEAD_WORDS = 2

/** The share of the article's first sentences where the question that frames it may be. */
const OPENING_SHARE = 0.25

/**
 * The question the writer asks near the article's start, which frames the story ("How did the
 * high-profile prize for CRISPR and the patent on it end up in different hands?"): the cover's
 * subtitle when it has none other. Not a quotation, not in the first or second person, short
 * enough for a subtitle, in a paragraph of prose.
 */
export function openingQuestion(a: Analysis): string | undefined {
  const opening = a.sentences.slice(0, Math.ceil(a.sentences.length * OPENING_SHARE))
  const prose = (i: number) => a.article.blocks[a.paragraphs[i]!.block]?.kind === 'paragraph'
  // (nor one about what the text told before it: "The reason for that decline?", "What kind of BS is that?", "But why …?";
  // nor one about the matter at hand, "What’s going on here?")
  const toldBefore = (t: string) => a.lang === 'en' && /^\s*(?:but|and|so|yet|or|then)\b|\b(?:that|these|those)\s+\p{Ll}|\b(?:that|this|it|them|here|there)\s*\?\s*$/iu.test(t)
  return opening.find((s) => asksAQuestion(s.text) && prose(s.paragraph) && !/^\s*["“«„‘]/u.test(s.text) && !inFirstPerson(s.text, a.lang) && !toTheReader(s.text, a.lang) && !toldBefore(s.text) && countWords(s.text) <= SLIDE_BUDGET.longSubtitleWords)?.text.trim()
}

/** Whether a line opens on the writer ("I joined …", "My first job …"): it tells of the writer, not of the article's subject. */
function opensInFirstPerson(line: string, lang: string): boolean {
  const first = (line.trim().split(/\s+/)[0] ?? '').toLocaleLowerCase(lang).replace(/’/g, "'").replace(/[^\p{L}']+$/u, '')
  return localeFor(lang).speech.firstPerson.includes(first)
}

/** A first line with a verb (English): not a header left above the text ("INTERNET DRAFT Michiel B. de Jong"). */
function statesSomething(line: string, lang: string): boolean {
  return lang !== 'en' || tagWords(line).some((w) => w.tags.includes('Verb'))
}

/**
 * The page's description as the cover's subtitle: whole when short, else its first sentence
 * when that is; a description the site cut short ("… lest they drive us fig…") is none.
 */
function coverLine(description: string, lang: string): string | undefined {
  // (a description the site cut, "… pricing its shares [...]")
  if (/(?:…|\.\.\.)\]?\s*$/.test(description)) return undefined
  // (less a wire story's dateline, "HANOI, Vietnam (AP) - ")
  const line = description.slice(datelineSpan(description)[0]?.end ?? 0)
  const max = SLIDE_BUDGET.descriptionWords
  if (countWords(line) <= max) return line
  // (its first sentence as the sentence splitter reads it: not cut at "U.S." before "Defense Secretary")
  const first = splitSentences(line, [{ start: 0, end: line.length }], lang)[0]?.text
  if (first && countWords(first) <= max && countWords(first) >= 4) return first
  // (else the first of its clauses a semicolon closes: "A pesar de que el área protegida entró al SNAP en 2019, se continúa discutiendo su plan de manejo; mientras tanto, …")
  const clause = first?.split(/\s*;\s+/u)[0]
  return clause && clause !== first && countWords(clause) <= max && countWords(clause) >= MIN_CLAUSE_WORDS ? clause : undefined
}

/** Words a description's first clause has at least to stand as the cover's subtitle. */
const MIN_CLAUSE_WORDS = 6

/**
 * Whether an agenda would tell the talk's parts: the article's own headings title at least half
 * of its sections, three of them at least, ten parts at most (a longer outline is set too small
 * to read). Headlines made from sentences ("Gunmen opened fire on visitors …") listed one after
 * another read as random lines, not as an outline; the cover's subtitle says what the talk is about.
 */
export function outlined(a: Analysis): boolean {
  const parts = a.sections.filter((s) => !s.part && s.keyPoints.length > 0)
  const headed = parts.filter((s) => s.titleFrom === 'heading').length
  // (an introduction and two headings are no outline)
  return headed >= MIN_AGENDA_HEADINGS && parts.length <= MAX_AGENDA_ITEMS && headed * 2 >= parts.length
}

/** Headed parts an agenda lists at least. */
const MIN_AGENDA_HEADINGS = 3
/** Parts an agenda lists at most: a longer outline is set too small to read from the back of a room. */
const MAX_AGENDA_ITEMS = 10

/** A table slide's title and where its table stands in the article. */
export interface TableItem {
  start: number
  title: string
}

/**
 * `withSlide`: the sections that have a slide of their own in the deck (all by default); one
 * that has none, nor any of its parts, is announced by none of the agenda's items. `tables`:
 * the tables shown under a heading of their own (tablesUnderOwnHeadings), each an item of its
 * own, in the article's order.
 */
export function agendaSlide(a: Analysis, withSlide?: ReadonlySet<number>, tables: readonly TableItem[] = [], closing: readonly number[] = []): AgendaSlide {
  // the parts of the article: a long section's sub-topics are not parts of their own
  // (and a section with nothing to say, only tables read as text, has no slide to announce)
  const shown = (i: number): boolean => !withSlide || withSlide.has(i) || (a.sections[i + 1]?.part === true && shown(i + 1))
  // (in the deck's order: a section the deck closes on comes last, closing-section.ts)
  const place = (s: Section, i: number) => (closing.includes(i) ? a.article.text.length + s.start : s.start)
  const sections = a.sections.flatMap((s, i) => (!s.part && s.keyPoints.length > 0 && shown(i) ? [{ start: place(s, i), title: s.title }] : []))
  const items = [...sections, ...tables].sort((x, y) => x.start - y.start).map((x) => x.title)
  const t = localeFor(a.lang)
  return {
    kind: 'agenda',
    title: t.slide.agenda,
    items,
    notes: [{ text: t.notes.agenda(items.length, items.join('; ')) }],
  }
}

/**
 * The tables of `slides` under a heading of their own that titles no section (a results
 * release's "Condensed Consolidated Balance Sheets", a heading over a table and no prose), with
 * their slides' titles (the first slide of each): the first table under each such heading.
 */
export function tablesUnderOwnHeadings(a: Analysis, slides: readonly Slide[]): TableItem[] {
  const out: TableItem[] = []
  const sectionHeadings = new Set(a.sections.flatMap((s) => (s.heading ? [s.heading.start] : [])))
  // (one item per heading: the tables a heading holds, "Development statistics" over five, are one part of the talk)
  // (titled by the heading when it holds several tables, by its table's slide when one)
  const headed = new Map<number, { item: TableItem; heading: string; tables: Set<number> }>()
  for (const s of slides) {
    if (s.kind !== 'table') continue
    const table = a.article.tables[s.table]!
    const heading = a.article.blocks.slice(0, table.block).filter((b) => b.kind === 'heading').at(-1)
    if (!heading || sectionHeadings.has(heading.start)) continue
    const known = headed.get(heading.start)
    if (known) known.tables.add(s.table)
    else headed.set(heading.start, { item: { start: table.start, title: s.title }, heading: a.article.text.slice(heading.start, heading.end), tables: new Set([s.table]) })
  }
  for (const { item, heading, tables } of headed.values()) out.push(tables.size > 1 ? { ...item, title: heading } : item)
  return out
}

/**
 * The takeaways slide of `points` (see conclusions.ts), in reading order. Without points (an
 * article that gave none that stands alone) there is no takeaways slide.
 */
export function takeawaysSlide(a: Analysis, points: readonly KeyPoint[], title: string = localeFor(a.lang).slide.takeaways): TakeawaysSlide | undefined {
  if (points.length === 0) return undefined
  const best = [...points].sort((x, y) => x.sentence - y.sentence)
  return {
    kind: 'takeaways',
    title,
    bullets: best.map((k) => {
      const s = a.sentences[k.sentence]!
      // (said apart from the sentence before it: no "In other words, " tying it there)
      return { text: capitalFirst(k.named ? detachedNamed(k.text, a.lang) : detached(k.text, a.lang), a.lang), source: { start: s.start, end: s.end }, ...(k.named ? { named: k.named } : {}) }
    }),
    notes: best.map((k) => sentenceNote(a, k.sentence)),
    ...issuerOf(a, best),
  }
}

/**
 * The sources slide: the article's title, author, date and address. Without any of the last
 * three (a local file without a byline) it would only say the title slide again: none.
 */
export function sourcesSlide(a: Analysis, title: string, options: DeckOptions): SourcesSlide | undefined {
  const { meta } = a.article
  const author = options.author ?? meta.byline
  // (a press release without a byline is its issuer's, of the date its dateline gives)
  const issuer = author ? undefined : releaseIssuer(a)
  const date = shownDate(a, options) ?? (issuer ? releaseDate(a) : undefined)
  if (!author && !issuer && !date && !meta.source) return undefined
  return {
    kind: 'sources',
    title: localeFor(a.lang).slide.sources,
    articleTitle: title,
    ...(author ? { author } : {}),
    ...(issuer ? { issuer } : {}),
    ...(meta.source ? { url: meta.source } : {}),
    ...(date ? { date } : {}),
    notes: [{ text: localeFor(a.lang).notes.sources }],
  }
}

/** --date as given, else the article's date in the reader's format, else the date its dateline gives, as written ("April 17, 2015 -- Imagine …"). */
function shownDate(a: Analysis, options: DeckOptions): string | undefined {
  if (options.date) return options.date
  const d = a.article.meta.date
  const first = a.sentences[0]?.text
  return d ? formatDate(d, a.lang) : first === undefined ? undefined : datelineDateIn(first)
}
