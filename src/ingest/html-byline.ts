/**
 * A page's author where its meta tags and JSON-LD name none: schema.org's microdata
 * (`itemprop="author"`), a "By …" line the page marks as its byline, or a field labelled
 * "Author" ("<strong>Author</strong> Ben Knight"). Never one in a quotation, a picture's credit,
 * or a box beside the story (a pull quote's "— Boris Kingma", a related story's "By Ed Kilgore").
 *
 * Usage: meta.byline ??= microdataAuthor(doc) ?? pageByline(doc); meta.date ??= pageDate(doc)
 */
import { normalizeDate, str } from './meta.ts'
import { localWrittenDate } from './local-dates.ts'
import { MONTH_OR_SHORT, WRITTEN_DATE } from '../analyze/months.ts'

/**
 * Selectors of the classes holding each word, in lower case and capitalised: "related", "Related";
 * not of the page's or the story's own element (a <body> class holds the story's slug, "…
 * youtube-changed-my-life-a-pair-of-original-videostars …").
 */
const classesOf = (words: readonly string[]) => words.flatMap((w) => [`[class*="${w}"]`, `[class*="${w[0]!.toUpperCase()}${w.slice(1)}"]`].map((c) => `${c}:not(html, body, main, article)`))

/** Where a date is not the story's: a quotation, a box beside the story, a list of other stories, a comment, a fact-check's claim box. */
const OTHER_STORIES = ['figure', 'figcaption', 'blockquote', 'aside', 'footer', 'nav', 'q', ...classesOf(['quote', 'related', 'promo', 'popular', 'recirc', 'tease', 'video', 'comment', 'statement', 'claim'])].join(', ')

/** Where a name is not the story's writer: those places, and a picture's caption, credit or licence ("<span class='media-license-author'>zvg</span>"; a story's own box of credits may hold its date). */
const ELSEWHERE = [OTHER_STORIES, ...classesOf(['caption', 'credit', 'image-author', 'image__author', 'license', 'licence', 'copyright'])].join(', ')

/** Longest a byline's name runs, in characters. */
const MAX_NAME = 80

/** The words of a page's buttons that a byline's line may run on to: "by Stephen Shankland Print E-mail". */
export const BUTTON_WORDS = /(?:\s+(?:print|e-?mail|share|tweet|comments?|follow|facebook|twitter|linkedin|reddit|whatsapp))+\s*$/iu

/** The author the microdata names (its `itemprop="name"` or its text); not a picture's credit ("Photograph by …"). */
export function microdataAuthor(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('[itemprop="author"]')) {
    if (el.closest(ELSEWHERE)) continue
    const named = el.querySelector('[itemprop="name"]')
    const name = str(named?.getAttribute('content') ?? named?.getAttribute('value') ?? named?.textContent ?? el.getAttribute('content') ?? el.textContent)
    if (name && name.length <= MAX_NAME && !CREDIT.test(name)) return name.replace(/\s+/gu, ' ')
  }
  return undefined
}

/** A credit for a picture, not a byline. */
const CREDIT = /^(?:photo|photograph|image|illustration|video)s?\b/iu

/** "By " (or "By: ") before a byline's name, or "By" set in an element of its own right before it, its text run into the name's ("ByMalcolm Harris"). */
export const BY = /^(?:By|by|BY):?(?:\s+|(?=\p{Lu}\p{Ll}))/u

/** A weekday or a month, which no name of a byline holds: "By Bryan Walsh Tuesday, Aug. 17, 2010". */
const DAY_OR_MONTH = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH_OR_SHORT})`

/**
 * "By Michael Hingston": a name of two to four capitalised words after "By", alone or before the
 * writer's role or the date after a comma or a bar ("by Jeff Foust, SpaceNews Writer | December 12, 2014"), not
 * before more names ("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER").
 */
const BY_NAME = new RegExp(String.raw`${BY.source}(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?!${DAY_OR_MONTH}\b)\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|le|la)){1,3})\s*(?:(?:,|\s[|·])\s(?!.*\b(?:and|AND)\b|.*&).*|\s${DAY_OR_MONTH}\b[^&]*)?$`, 'u')

/** Elements of one class naming this many different writers are a list of other stories' authors. */
const LISTED_AUTHORS = 3

/**
 * The classes of author elements that name several different writers, one per story of a list
 * of the site's other stories ("<div class='storyauthor'>By Sean Rhody</div>" in a sidebar of
 * latest news): none of them wrote the article.
 */
function listedAuthors(marked: readonly Element[]): Set<string> {
  const names = new Map<string, Set<string>>()
  for (const el of marked) {
    const key = listKey(el)
    if (key) names.set(key, (names.get(key) ?? new Set()).add((el.textContent ?? '').trim()))
  }
  return new Set([...names].filter(([, n]) => n.size >= LISTED_AUTHORS).map(([key]) => key))
}

/** Whether an element stands in the headline's own box: beside the page's h1, under its parent. */
function byHeadline(doc: Document, el: Element): boolean {
  const box = doc.querySelector('h1')?.parentElement
  // (a header's box, not the story's whole: "<div class="header-container"><h1>…</h1><p class="byline">…")
  return !!box && !['body', 'article', 'main', 'section'].includes(box.localName.toLowerCase()) && (box.textContent ?? '').length <= HEADER_BOX_CHARS && box.contains(el)
}

/** Characters of the headline's box at most: its header, not the story under it. */
const HEADER_BOX_CHARS = 600

/** What the elements of one list share: their tag and their class (the story's "<p class="byline">" is none of the sidebar's "<a class="byline">"). */
function listKey(el: Element): string {
  const cls = el.getAttribute('class') ?? ''
  return cls ? `${el.localName.toLowerCase()}.${cls}` : ''
}

/** Elements a page marks as its byline or its author's: by class ("by_line_date" too), by rel, and the author's contact line ("<address>By <a href="/author/tanderson/">Tim Anderson</a></address>"). */
const AUTHOR_MARKED = '[class*="byline"], [class*="by_line"], [class*="by-line"], [class*="author"], [rel="author"], address'

/** The name of the first element marked as a byline or an author whose whole text is "By" and a name. */
export function pageByline(doc: Document): string | undefined {
  const marked = Array.from(doc.querySelectorAll(AUTHOR_MARKED))
  const others = listedAuthors(marked)
  for (const el of marked) {
    // (a list's class is no matter by the headline: "<p class="byline">" in the story's header, beside its h1, and in a list of forum posts)
    if (el.closest(ELSEWHERE) || (others.has(listKey(el)) && !byHeadline(doc, el))) continue
    // (less the writer's handle and the time after the name: "By Griffin McElroy @griffinmcelroy on June 26, 2014 at 9:00a")
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim().replace(HANDLE_AND_AFTER, '')
    const m = text.length <= MAX_NAME ? BY_NAME.exec(text) : null
    if (m) return m[1]
  }
  return labelledAuthor(doc) ?? linkedAuthor(doc) ?? classedName(doc)
}

/** A writer's handle on a network after the name, and all after it: " @griffinmcelroy on June 26, 2014 at 9:00a". */
const HANDLE_AND_AFTER = /\s+@[\w.]{2,30}(?:\s.*)?$/u

/** A class that names its element the writer's name: "writer", "author-name", "byline__name". */
const WRITER_CLASS = /^(?:writer|author|author[-_]?name|byline[-_]+name|writer[-_]?name)$/iu
/** A name in Chinese or Japanese characters: two to six, a title after it allowed ("松村太郎", "山田花子記者"). */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,6}(?:\s*(?:氏|記者|特派員))?$/u

/** The name an element of its own shows, its class naming it the writer's ("<span class="writer">松村太郎</span>"); not one of a list of other stories' writers. */
function classedName(doc: Document): string | undefined {
  const named = Array.from(doc.querySelectorAll('[class]')).filter((el) => (el.getAttribute('class') ?? '').split(/\s+/u).some((c) => WRITER_CLASS.test(c)))
  const others = listedAuthors(named)
  for (const el of named) {
    if (others.has(listKey(el)) || el.querySelector('p, div, li, img') || el.closest(ELSEWHERE)) continue
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (NAME_ONLY.test(text) || CJK_NAME.test(text)) return text.replace(/\s*(?:氏|記者|特派員)$/u, '')
  }
  return undefined
}

/** An address's path to a writer's page: "/author/jane-doe", "/about/newsteam/jr-stone", "/staff/…", "/reporters/…". */
const WRITER_PAGE = /\/(?:authors?|newsteam|staff|reporters?|journalists?|writers?|columnists?|contributors?|redaktion|autor(?:en)?|auteurs?)\/[\w.-]+\/?$/iu

/** The name a page links to its writer's page, as the link's whole text: "<a href="…/about/newsteam/jr-stone">J.R. Stone</a>". */
function linkedAuthor(doc: Document): string | undefined {
  for (const a of doc.querySelectorAll('a[href]')) {
    if (!WRITER_PAGE.test((a.getAttribute('href') ?? '').split(/[?#]/u)[0]!) || a.closest(ELSEWHERE)) continue
    const text = (a.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (NAME_ONLY.test(text)) return text
  }
  return undefined
}

/** A field's label that says the writer's name follows: "Author", "Autor", "Auteur", "Autore". */
const AUTHOR_LABEL = /^(?:authors?|autor(?:in|a)?|auteur(?:e)?|autore)\s*:?$/iu
/** A name of two to four capitalised words. */
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|le|la)){1,3}$/u

/** The name a page gives after a field's label, in a line of its own: "<li><strong>Author</strong> Ben Knight</li>". */
function labelledAuthor(doc: Document): string | undefined {
  for (const label of doc.querySelectorAll('strong, b, dt, th, span, label')) {
    if (!AUTHOR_LABEL.test((label.textContent ?? '').trim()) || label.closest(ELSEWHERE)) continue
    const line = label.localName.toLowerCase() === 'dt' || label.localName.toLowerCase() === 'th' ? label.nextElementSibling : label.parentElement
    const rest = (line === label.parentElement ? (line?.textContent ?? '').replace(label.textContent ?? '', '') : line?.textContent ?? '').replace(/\s+/gu, ' ').trim().replace(/^:\s*/u, '')
    if (NAME_ONLY.test(rest)) return rest
  }
  return undefined
}

/**
 * The names the page marks as an author only somewhere other than the story's byline (a pull
 * quote's, a related story's): no byline, whatever else finds them. Not a name it marks in the
 * story's header too (an author's box at the end, "Christie Wilcox. Die Autorin ist …").
 */
export function namesElsewhere(doc: Document): Set<string> {
  const elsewhere = new Set<string>()
  const own = new Set<string>()
  const marked = Array.from(doc.querySelectorAll(AUTHOR_MARKED))
  // (and the authors of a list of other stories: listedAuthors)
  const listed = listedAuthors(marked)
  for (const el of marked) {
    const name = (el.textContent ?? '').replace(/\s+/gu, ' ').trim().replace(BY, '')
    ;(el.closest(ELSEWHERE) || (listed.has(listKey(el)) && !byHeadline(doc, el)) ? elsewhere : own).add(name)
  }
  return new Set([...elsewhere].filter((n) => !own.has(n)))
}

/** A line that credits the story's editor: "责任编辑：肖春芳", "[责任编辑:肖春芳]", "【责任编辑：严玉洁】", "（编辑：严玉洁 王辉）", "Edited by Jane Doe". */
const EDITOR_LINE = /^[[【（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|edited by|editing by|editor)\s*[:：]?\s*([^\]】）)]{2,60}?)\s*[\]】）)]?$/iu

/** Characters of an element at most that may credit the story's editor. */
const MAX_EDITOR_LINE = 80

/**
 * The names the page credits as the story's editor ("责任编辑：肖春芳"): a site may give its
 * editor as the page's author in its metadata, the writer's field left empty.
 */
export function editorsOf(doc: Document): Set<string> {
  const editors = new Set<string>()
  for (const el of doc.querySelectorAll('span, div, p, li, small')) {
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    const m = text.length <= MAX_EDITOR_LINE ? EDITOR_LINE.exec(text) : null
    // (several, Chinese names parted by spaces or a list comma: "（编辑：严玉洁 王辉）")
    if (m) for (const name of /^[\p{Script=Han}\s、]+$/u.test(m[1]!) ? m[1]!.split(/[\s、]+/u) : [m[1]!]) editors.add(name)
  }
  return editors
}

/** Characters of an element at most that may give the story's date ("January 13, 2020 at 08:45 AM | categories: Python"). */
const MAX_DATE_LINE = 120
const DATE_IN_LINE = new RegExp(WRITTEN_DATE, 'u')

/** The date the page writes in a short element of its own near the story (a `<time>`, a post's `<small>` line), not in a box beside it nor in a comment. */
export function pageDate(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('time, small, [class*="date"], [class*="posted"], [class*="byline"], [class*="meta"]')) {
    if (el.closest(ELSEWHERE)) continue
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    const m = text.length <= MAX_DATE_LINE ? DATE_IN_LINE.exec(text) : null
    if (m) return normalizeDate(m[0])
    // (a day in figures, year first, in an element its class names a date: "<span class="date">2013-10-24 03:00:00</span>")
    const dated = /date/iu.test(el.getAttribute('class') ?? '') && text.length <= MAX_DATE_LINE
    const day = dated ? ISO_DAY.exec(text) : null
    if (day) return `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`
  }
  return dottedDay(doc) ?? headerDate(doc)
}

/** A class that names a date, in English or another language: "date", "datum", "fecha", "tarih", "дата". */
const DATE_CLASS = /date|datum|fecha|tarih|дата/iu

/** A day written day first with dots, as most of Europe writes it: "05.04.2025", "5.4.2025". */
const DOTTED_DAY = /(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d])/u

/** The first dotted day in a short element whose class names a date ("<span class="tarih">05.04.2025 - Güncelleme : 05.04.2025</span>"), as an ISO date. */
function dottedDay(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('[class], p, dd, li')) {
    if (el.closest(ELSEWHERE)) continue
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (text.length > MAX_DATE_LINE) continue
    // (or the day behind a date's label in the element's text: "Ort Saarbrücken Datum 28.01.2022")
    const m = DATE_CLASS.test(el.getAttribute('class') ?? '') ? DOTTED_DAY.exec(text) : LABELLED_DAY.exec(text)
    if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  }
  return undefined
}

/** A dotted day behind a date's label: "Datum 28.01.2022", "Date: 5.4.2025", "Tarih: 05.04.2025". */
const LABELLED_DAY = new RegExp(String.raw`(?:^|\s)(?:datum|date|fecha|data|tarih|дата)\s*:?\s+${DOTTED_DAY.source}`, 'iu')

/**
 * A day written in words in another language in a short element of the headline's own header:
 * "<h1>…</h1><div class="row"><span>11 maja 2021, 11:49</span></div>".
 */
function headerDate(doc: Document): string | undefined {
  const header = doc.querySelector('h1')?.parentElement
  for (const el of header ? Array.from(header.querySelectorAll('span, time, p, div, small')) : []) {
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    const day = text.length <= MAX_HEADER_DATE ? localWrittenDate(text) : undefined
    if (day) return day
  }
  return undefined
}

/** Characters of an element at most that may give the story's date by its headline. */
const MAX_HEADER_DATE = 60

/** A day written year first in figures: "2013-10-24", "2013.10.24". */
const ISO_DAY = /(?<![\d.-])((?:19|20)\d\d)[-./](0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])(?![\d])/u

/** A day written in figures with its time, as a page shows when it went up: "03/05/2022 21:44", "3.5.2022, 21:44". */
const FIGURES_DAY = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}),?\s+\d{1,2}[:.h]\d{2}\b/u

/**
 * The days the page shows by the story (its written date, or a day in figures with a time, read
 * day first and month first), as ISO dates: where a time stamp given in UTC may be checked
 * against the publisher's own day.
 */
export function shownDays(doc: Document): string[] {
  const days = new Set<string>()
  const written = pageDate(doc)
  if (written !== undefined) days.add(written)
  for (const el of doc.querySelectorAll('time, [class*="date"], [class*="published"]')) {
    if (el.closest(OTHER_STORIES)) continue
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    const m = text.length <= MAX_DATE_LINE ? FIGURES_DAY.exec(text) : null
    if (!m) continue
    const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]!]
    for (const [month, day] of [[b, a], [a, b]] as const) {
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) days.add(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    }
  }
  return [...days]
}

/**
 * The whole name a page shows for a writer its metadata names by one word ("Todd" of the JSON-LD,
 * "<p class='full-name'>Todd Bates</p>" under the page's "By"): an element of its own whose text
 * is a name of two to four words opening on that word. Undefined when the page shows none.
 */
export function fullerName(doc: Document, word: string): string | undefined {
  if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return undefined
  for (const el of doc.querySelectorAll('p, span, a, div, strong, b, li, h3, h4, h5')) {
    if (el.children.length > 0 || el.closest(ELSEWHERE)) continue
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim()
    if (text.startsWith(`${word} `) && NAME_ONLY.test(text)) return text
  }
  return undefined
}
