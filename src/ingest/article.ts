/** The last step shared by every format: clean, assemble, check something is left. */
import { decodeCharacterReferences } from './character-references.ts'
import { lexTags } from '../analyze/entities.ts'
import { countWords } from '../analyze/script.ts'
import { WRITTEN_DATE } from '../analyze/months.ts'
import { DeckwrightError } from '../errors.ts'
import type { Article, ArticleMeta, InputFormat } from '../types.ts'
import { assemble, collapseWhitespace, type RawBlock } from './blocks.ts'
import { removeBoilerplate } from './boilerplate.ts'
import { withoutGluedFootnotes } from './glued-footnotes.ts'
import { headingsFromRunInLabels } from './run-in-headings.ts'
import { headingsFromShortLines } from './unmarked-headings.ts'
import { labelsUnderHeadings } from './labels-under-headings.ts'
import { interviewTurns } from './interview.ts'
import { voicesUnderNames } from './round-up.ts'
import { tweetsAsQuotations } from './tweets.ts'
import { UNIT_NOTE } from './table-normalize.ts'
import { lineTables } from './table-stacked.ts'
import { dateInPath, nameOfHandle, normalizeDate } from './meta.ts'

/** A label that says who wrote the piece, before the name: "Text und Interview:", "Texto:", "Words and pictures:". */
const WRITER_LABEL = /^(?:(?:text|texte|texto|testo|tekst|words|story|interview|intervista|entrevista|reportage|reporting|fotos?|photos?|pictures|bilder)(?:\s+(?:und|and|et|y|e|i|&)\s+(?:text|texte|texto|testo|tekst|words|interview|intervista|entrevista|fotos?|photos?|pictures|bilder))?)\s*:\s+(?=\p{Lu})/iu

/** A title an editor gives any new page: "Document", "Untitled document", "index". */
const PLACEHOLDER_TITLE = /^(?:document|untitled(?: document| page)?|new (?:document|page)|no title|index|default|home ?page|page \d+|microsoft word - .*)$/iu

/** Trims meta values and drops the empty ones, so `meta` only holds what the input carries. */
export function cleanMeta(meta: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = {}
  for (const key of ['title', 'byline', 'date', 'source', 'lang', 'description', 'siteName'] as const) {
    const v = meta[key]
    if (typeof v === 'string') {
      // (quotation marks typed as a typewriter's or TeX's pairs, "``The worst is yet to come,'' chief economist says": curly ones)
      const s = collapseWhitespace(decodeCharacterReferences(v)).replace(/``(.+?)''/gu, '“$1”')
      if (s.length > 0) out[key] = s
    }
  }
  // (the company that runs the site, or a section of it, is no writer: "Süddeutsche.de GmbH, Munich, Germany",
  // "Zone Justice et faits divers - ICI.Radio-Canada.ca"; the body may name the writer); nor is a
  // date and time the page marked as its byline, "20 Nov 2019 08:00 GMT"
  if (out.byline !== undefined && (SITE_AS_AUTHOR.test(withoutAddress(out.byline)) || onlyDate(out.byline) || PLACEHOLDER_BYLINE.test(out.byline))) delete out.byline
  // (the label the page sets before the name is no part of it: "Text und Interview: Harald Willenbrock", "Texto: …", "Words: …")
  if (out.byline !== undefined) out.byline = out.byline.replace(WRITER_LABEL, '') || out.byline
  // (the kind of document before the headline, "FACT SHEET: Vice President Harris Announces …", is no part of it)
  if (out.title !== undefined) out.title = out.title.replace(DOCUMENT_LABEL, '')
  // (nor is an editor's name for any page a title: "<title>Document</title>", "Untitled")
  if (out.title !== undefined && PLACEHOLDER_TITLE.test(out.title)) delete out.title
  // (a page that gives no date may give it in its address: "washingtonpost.com/world/…/2015/03/18/…")
  const dated = out.date === undefined ? dateInPath(out.source?.replace(/^[a-z]+:\/\/[^/]+/iu, '')) : undefined
  if (dated !== undefined) out.date = dated
  return out
}

/** A name a site's software fills in for any page: "publisher", "admin", "author", "webmaster". */
const PLACEHOLDER_BYLINE = /^(?:publisher|admin(?:istrator)?|author|webmaster|user|unknown|none|null|undefined|default)$/iu

/** A release's kind before its headline: "FACT SHEET: ", "PRESS RELEASE: ", "READOUT | ". */
const DOCUMENT_LABEL = /^(?:fact\s+sheet|press\s+release|news\s+release|media\s+release|readout)\s*[:|]\s+(?=\S.{7})/iu

/** A company's legal form or a web address in a byline: the site, not a writer. */
const SITE_AS_AUTHOR = /\b(?:GmbH|Inc|Ltd|LLC|PLC|S\.A|Corp|Corporation|Verlag)\b|\b[\p{L}\d-]+\.(?:com|org|net|ca|de|fr|es|it|co\.uk|io)\b/iu

/**
 * A byline without the web or mail address written after the name ("Bradley M. Kuhn
 * (http://ebb.org/bkuhn/)" → "Bradley M. Kuhn", "Jane Doe <jane@example.org>"), nor the date or
 * the reading time the page ran into it ("Nathan Willis March 25, 2015", "Gillian Mohney March 11, 2015 3:46 PM", "Lucas Nolan22 Dec
 * 2016651", "Zach Hanlon 5 minute Read"), nor its "Par" or "Author:" and the place and desk in brackets ("Par Cécile Ducourtieux(Bruxelles, bureau
 * européen)"; an agency alone stays: "Jane Doe (Reuters)"); as it is when nothing else is left.
 */
export function withoutAddress(byline: string): string {
  const name = byline
    .replace(STAMP_AFTER_NAME, '')
    .replace(DESK_AFTER_NAME, '')
    .replace(/\s*[(<[]\s*(?:https?:\/\/|www\.|mailto:|[^\s@()<>]+@)[^)>\]]*[)>\]]/giu, '')
    .replace(/\s+https?:\/\/\S+/giu, '')
    .replace(WORD_COUNT, '')
    .replace(READING_TIME, '')
    .replace(TRAILING_DATE, '')
    .replace(ROLE_AFTER_NAME, '')
    .replace(GLUED_ROLE, '')
    .replace(GLUED_DATE, '')
    .replace(GLUED_FIELD, '')
    .replace(READING_TIME, '')
    .replace(/^(?:by|par|por|von)\s+(?=\p{Lu})/iu, '')
    .replace(/^(?:authors?|written by|autor(?:es|a|en)?|auteurs?|autore|autori)\s*[:：]\s*(?=\p{Lu})/iu, '')
    .replace(/^(?:(?:published|posted|written)\s+by|(?:erstellt|verfasst|geschrieben)\s+von|(?:écrit|rédigé|publié)\s+par|(?:escrito|publicado)\s+por|(?:scritto|pubblicato)\s+da|geschreven\s+door)\s+(?=\p{Lu})/iu, '')
    .replace(/\s*\([^()]*,[^()]*\)$/u, '')
    .trim()
  // (a name the page wrote twice: "Jennifer Rubin Jennifer Rubin")
  const twice = /^(.{3,60}?)\s+\1$/u.exec(name)?.[1]
  return inNameOrder(inNameCase(twice ?? (name || byline)))
}

/** When the page posted or updated the story, after the name and a bullet: "Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: …". */
const STAMP_AFTER_NAME = /\s*[·|•]\s*(?:posted|updated|published|last updated|modified)\b.*$/isu

/** A newsroom's desk after a name of two words (an initial between them): "Pete Evans · CBC News", "Kelli Miller WebMD Health News". */
const DESK_AFTER_NAME = /(?<=^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)(?:\s*[·|•]\s*|\s+)(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:News|Wire|Staff|Desk)$/u

/**
 * A name as it is said: a site's author field written surname first ("Gillman, Steve", its second
 * word a first name the lexicon knows and its first none), and a user name ("david.bruant") as words.
 */
function inNameOrder(byline: string): string {
  const reversed = /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(byline)
  if (reversed && isFirstName(reversed[2]!) && !isFirstName(reversed[1]!)) return `${reversed[2]} ${reversed[1]}`
  const handle = /^(\p{Ll}{2,})[._](\p{Ll}{2,})$/u.exec(byline)
  return handle ? `${capitalised(handle[1]!)} ${capitalised(handle[2]!)}` : byline
}

const capitalised = (w: string) => w.charAt(0).toLocaleUpperCase() + w.slice(1)
const isFirstName = (w: string) => lexTags(w).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')

/** Words that join names in a byline, in lower case: "LISA MASCARO and ERIC TUCKER". */
const JOINING = /^(?:and|und|et|y|e|og|en|och|i)$/u

/**
 * A byline the page set in capitals, as names are written: "LISA MASCARO, MARY CLARE JALONICK and
 * ERIC TUCKER" → "Lisa Mascaro, Mary Clare Jalonick and Eric Tucker" (its words of four capitals
 * or more: a shorter one may be an acronym), an agency after them as it is. Any other byline as it is.
 */
function inNameCase(byline: string): string {
  // (an agency written as names are, after the names and a comma, stays as it is: "MEG KINNARD and ERRIN HAINES, Associated Press")
  const agency = /,\s+(?:\p{Lu}\p{Ll}[\p{L}.&'’-]*\s*){1,4}$/u.exec(byline)
  if (agency && agency.index > 0) return `${inNameCase(byline.slice(0, agency.index))}${agency[0]}`
  const words = byline.split(/[\s,]+/u).filter((w) => /\p{L}/u.test(w))
  const capitals = words.every((w) => JOINING.test(w) || !/\p{Ll}/u.test(w))
  const named = (w: string) => w.charAt(0) + w.slice(1).toLocaleLowerCase()
  // (a person's name of two words, the first a first name the lexicon knows, its surname short: "JANIE HAR")
  if (capitals && words.length === 2 && words.every((w) => /^\p{Lu}{2,}$/u.test(w)) && lexTags(named(words[0]!)).some((t) => /^(?:FirstName|MaleName|FemaleName)$/u.test(t))) return words.map(named).join(' ')
  // (two words of a name at least; a short word in capitals is an acronym, and stays: "JOHN SMITH, AP")
  if (words.filter((w) => /^\p{Lu}{4,}$/u.test(w)).length < 2 || !capitals) return byline
  // (and a short first name the lexicon knows before a surname: "MEG KINNARD")
  return byline.replace(/\p{Lu}{4,}/gu, named).replace(/(?<![\p{L}])\p{Lu}{2,3}(?=\s+\p{Lu}\p{Ll})/gu, (w) => (isFirstName(named(w)) ? named(w) : w))
}

/** A reading time the page ran into the name: "Zach Hanlon 5 minute Read", "· 4 min read", "21 minutes". */
const READING_TIME = /[\s,|·–—-]+\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?$/iu

/** A count of words after the name: "- 4312 words". */
const WORD_COUNT = /[\s,|·–—-]+\d[\d,.]*\s+words$/iu

/** A newsroom role after the name and a comma: "ROBERT BURNS, AP National Security Writer", "Jane Doe, Staff Reporter". */
const ROLE_AFTER_NAME = /,\s+(?:[\p{L}.&'’-]+\s+){0,5}(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Producer)s?$/u

/** A newsroom role run into the name without a space: "Howard BlumeStaff Writer". */
const GLUED_ROLE = /(?<=\p{Ll})(?:Staff|Senior|Contributing|Special)?\s?(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor)$/u

/** A day of the week before a date: "Monday, November 18, 2019". */
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'

/**
 * A date after a name: "March 25, 2015", "25 March 2015", "2015-03-25", "2023. 2. 5." (as Korean pages write it), with "on", a comma or a
 * weekday before it, and its time ("March 11, 2015 3:46 PM", "…, 04:05 pm PT (07:05 pm ET)").
 */
const TRAILING_DATE = new RegExp(String.raw`[\s,|·–—-]+(?:on\s+)?(?:${WEEKDAY},?\s+)?(?:${WRITTEN_DATE}|\d{4}-\d{2}-\d{2}|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+\p{Lu}{2,4})?(?:\s*\([^()]{1,30}\))?)?$`, 'u')

/** A date the page ran into the name without a space, and a count or a time after it: "Lucas Nolan22 Dec 2016651", "…PostDec 13, 2016 at 3:45 pm". */
const GLUED_DATE = new RegExp(String.raw`(?<=\p{Ll})(?:${WRITTEN_DATE})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\d*)$`, 'u')

/**
 * A newsroom or an agency of two words or more run into the name without a space, after a
 * surname of four letters or more: "Joe DavidsonWashington Post", "ERIC TUCKERAssociated Press";
 * not a writer's handle of one word, "VerteDinde".
 */
const GLUED_FIELD = /(?:(?<=\s\p{Lu}\p{Ll}{3,})|(?<=\s\p{Lu}{4,}))\p{Lu}\p{Ll}[\p{L}.&'’-]*\s[\p{L}\s.&'’-]*$/u

/** Whether a line is a date alone, its weekday and time with it: "20 Nov 2019 08:00 GMT", "Monday, March 11, 2015 3:46 PM". */
const onlyDate = (line: string) => ` ${line.trim()}`.replace(TRAILING_DATE, '') === ''

/** A byline that is only a label: "Last Updated:", "Published", "By:", "Author:". */
const BYLINE_LABEL = /^(?:(?:last\s+)?(?:updated|modified|published|posted|written|edited)(?:\s+(?:on|by))?|by|author|authors|date)\s*:?$/iu

export function finishArticle(
  raw: readonly RawBlock[],
  meta: ArticleMeta,
  format: InputFormat,
  origin: string,
  removedBefore: readonly string[] = [],
): Article {
  const cleanedMeta = cleanMeta(meta)
  if (cleanedMeta.byline !== undefined) cleanedMeta.byline = nameOfHandle(cleanedMeta.byline, raw.map((b) => b.text).join('\n'))
  const typed = format === 'text' || format === 'markdown' ? withTypedDashes(raw) : raw
  const cleaned = removeBoilerplate(withoutOpeningTitle(lineTables(withoutGluedFootnotes(headingsFromRunInLabels(labelsUnderHeadings(typed)))), cleanedMeta), cleanedMeta)
  const { removed, byline } = cleaned
  if (byline !== undefined && cleanedMeta.byline === undefined) cleanedMeta.byline = byline
  if (cleaned.date !== undefined && cleanedMeta.date === undefined) cleanedMeta.date = normalizeDate(cleaned.date)
  if (cleaned.title !== undefined) cleanedMeta.title = cleaned.title
  // (the byline found the body's line by its whole text; a slide shows the name alone)
  if (cleanedMeta.byline !== undefined) cleanedMeta.byline = withoutAddress(cleanedMeta.byline)
  // (a label the page left where the name would be, "Last Updated:", names no one)
  if (cleanedMeta.byline !== undefined && BYLINE_LABEL.test(cleanedMeta.byline)) delete cleanedMeta.byline
  // (a summary the site cut from the body with the byline in it: "Staff Reports Police arrested six people …")
  const by = cleanedMeta.byline
  if (by !== undefined && cleanedMeta.description?.startsWith(`${by} `) && /^\p{Lu}/u.test(cleanedMeta.description.slice(by.length + 1))) cleanedMeta.description = cleanedMeta.description.slice(by.length + 1)
  const { text, blocks: spans, tables } = assemble(captionsFromLineBefore(interviewTurns(voicesUnderNames(tweetsAsQuotations(headingsFromShortLines(cleaned.blocks))), cleanedMeta)))
  // a title and headings without any text under them: nothing to present
  const firstHeading = spans.find((b) => b.kind === 'heading')
  const title = cleanedMeta.title ?? (firstHeading ? text.slice(firstHeading.start, firstHeading.end) : undefined)
  if (title !== undefined && spans.every((b) => b.kind === 'heading')) {
    const shown = title.length > 60 ? `${title.slice(0, 57)}…` : title
    throw new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: holds only a title or headings ("${shown}"), no article text`, {
      hint: 'Pass the whole article: its paragraphs of prose, not just its title.',
    })
  }
  if (spans.length === 0) {
    throw new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: no article text left after cleaning`, {
      hint: 'The input holds no paragraphs of prose (only markup, metadata or page furniture). Pass the article itself, e.g. save the page as text.',
    })
  }
  return { text, blocks: spans, meta: cleanedMeta, format, origin, removed: [...removedBefore, ...removed], tables }
}

/** Kinds of block whose text is prose, where two hyphens stand for a dash. */
const PROSE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'list-item', 'blockquote', 'heading'])

/**
 * Prose typed on a typewriter's keys, its dashes as two hyphens ("used very widely--by large
 * companies, …, everywhere--even though …", "the rule -- not the exception"): the dash they
 * stand for, so an aside between two of them reads as one. Not a command's option ("--force"),
 * nor a rule of hyphens.
 */
function withTypedDashes(blocks: readonly RawBlock[]): RawBlock[] {
  return blocks.map((b) => (PROSE_KINDS.has(b.kind) && b.text.includes('--') ? { ...b, text: b.text.replace(/(?<=\p{L})--(?=\p{L})/gu, '—').replace(/(?<=[\p{L}\p{N},.;:!?)”’"'])\s--\s(?=[\p{L}\p{N}(“‘"'])/gu, ' — ') } : b))
}

/**
 * A heading of the first level that opens the article above every other heading (the only one of
 * its level, before any text) is the article's title when the input names none: a Word document's first line set
 * in capitals over its parts ("(V) ILLUSTRATIVE CASES" over "Patrick", "Siobhan", …). Its parts'
 * headings make the sections; the title, the deck's. Markdown's leading H1 is read so already.
 */
function withoutOpeningTitle(blocks: readonly RawBlock[], meta: ArticleMeta): readonly RawBlock[] {
  if (meta.title !== undefined) return blocks
  // (a release's letterhead may come first, set in tables, its address and contact, under a label: "Exhibit 99.1")
  const at = blocks.findIndex((b) => b.kind !== 'table' && !(b.kind === 'paragraph' && countWords(b.text) <= LABEL_WORDS))
  const first = blocks[at]
  if (first?.kind !== 'heading') return blocks
  const rest = blocks.slice(at + 1)
  const title = collapseWhitespace(first.text)
  if (!title) return blocks
  // (a headline that states, "THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME", over the release's prose titles it whatever its level)
  if (!(at > 0 && statesNews(title) && rest[0]?.kind === 'paragraph')) {
    // (a first heading of a lower level, "## Segments" over a bold "Segment information", names the first part only)
    if ((first.depth ?? 1) !== 1) return blocks
    const others = rest.filter((b) => b.kind === 'heading')
    if (others.length === 0 || others.some((b) => (b.depth ?? 1) <= 1)) return blocks
  }
  meta.title = title
  // (the letterhead's label goes with it, "Exhibit 99.1": no subtitle; its tables stay, a later pass judges them)
  return [...blocks.slice(0, at).filter((b) => b.kind === 'table'), ...rest]
}

/** Words of a label over a letterhead at most ("Exhibit 99.1"). */
const LABEL_WORDS = 3
/** Words of a headline that states news, at least. */
const NEWS_HEADLINE_WORDS = 5

/** Whether a heading states what happened, a verb in it: "THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME". */
function statesNews(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/u)
  return words.length >= NEWS_HEADLINE_WORDS && words.some((w) => lexTags(w.replace(/[^\p{L}]/gu, '')).some((t) => t === 'PresentTense' || t === 'PastTense'))
}

/** Words of a line that introduces the table after it ("Costs of the three options:"). */
const MAX_CAPTION_WORDS = 14

/** A line that introduces a table: short, ending with a colon or without sentence punctuation (a unit note may close it). */
function introducesTable(line: string): boolean {
  const words = line.split(' ').length
  const bare = line.replace(new RegExp(`(?:\\s*${UNIT_NOTE.source})+$`, 'i'), '')
  // (not a quotation's signature over it, "—Hagrid and Harry Potter using the spell …[src]")
  return words <= MAX_CAPTION_WORDS && !line.startsWith('(') && !/^[—–―]/u.test(line) && bare !== '' && (line.endsWith(':') || !/[.!?…。！？"”’)]$/.test(bare))
}

/**
 * A table without a caption takes the short line right before it as its caption when that line
 * introduces it (ends with a colon, or has no sentence punctuation), so the line is not read as
 * prose; a line of unit notes right before it ("(In millions) (Unaudited) …") is one of its notes.
 */
export function captionsFromLineBefore(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = []
  for (const b of blocks) {
    const prev = out.at(-1)
    if (b.kind === 'table' && b.table && prev?.kind === 'paragraph') {
      const line = collapseWhitespace(prev.text)
      if (line.startsWith('(') && new RegExp(`^${UNIT_NOTE.source}`, 'i').test(line)) {
        out.pop()
        out.push({ ...b, table: { ...b.table, notes: [line, ...b.table.notes] } })
        continue
      }
      if (b.table.caption === undefined && introducesTable(line)) {
        out.pop()
        out.push({ ...b, table: { ...b.table, caption: line.replace(/\s*:$/, '') } })
        continue
      }
    }
    out.push(b)
  }
  return out
}
