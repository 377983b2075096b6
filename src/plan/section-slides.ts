/**
 * Section slides: a section's most central key points, in reading order, packed into slides of
 * at most 6 bullets and about 60 words; what does not fit continues on a "(cont.)" slide, which
 * holds at least MIN_CONTINUED bullets (else the least central points go, or the leftovers
 * join the slide before).
 */
import { tagWords } from '../analyze/constituents.ts'
import { guidesTheReader, introducesOthersWords, reportsNoAnswer } from '../analyze/discourse.ts'
import { countWords } from '../analyze/script.ts'
import { escapeRegExp } from '../analyze/regex.ts'
import type { Analysis, Bullet, KeyPoint, Note, Quote, Section, SectionSlide } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { paragraphNotes, sentenceNote } from './notes.ts'
import { capitalFirst } from './format.ts'
import { announcesWhatFollows, asksAQuestion, creditsAPronoun, inFirstPerson, inFirstPersonPlural, opensContrast, pointsAhead, pointsBack, refersBack, titleCased, wholeAside } from '../analyze/stand-alone.ts'
import { issuerOf } from './issuer.ts'
import { inBlockQuote } from './fact-slides.ts'
import { brokenQuotation } from '../analyze/key-points.ts'
import { speaksOf } from '../analyze/tokens.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { detached, detachedNamed, withoutLeadIn } from './detached.ts'
import { listsOf, type ListPage } from './list-pages.ts'
import { asHeadline } from '../analyze/headlines.ts'
import { headingWithSub, MAX_TITLE_WORDS } from '../analyze/titles.ts'
import { hangsOpen } from '../analyze/compress.ts'
import { key } from './table-titles.ts'

export const MAX_BULLETS = SLIDE_BUDGET.bullets
export const MAX_BODY_WORDS = SLIDE_BUDGET.bodyWords
export const MIN_CONTINUED = SLIDE_BUDGET.minContinued
/** A slide may run this long rather than leave one or two bullets to a "(cont.)" slide. */
export const MAX_JOINED_WORDS = SLIDE_BUDGET.joinedWords

/**
 * How many bullets a section earns, by its number of sentences: 3–5, and one more for every
 * LONG_SECTION_STEP sentences past 16, up to 8 (a long section's facts take a "(cont.)" slide).
 */
export function bulletBudget(sentenceCount: number): number {
  const extra = Math.max(0, Math.floor((sentenceCount - 16) / LONG_SECTION_STEP))
  return Math.min(sentenceCount, Math.max(3, Math.min(5 + Math.min(3, extra), Math.round(sentenceCount / 2))))
}

/** Sentences of a long section per bullet past five. */
const LONG_SECTION_STEP = 8

/** The checks `pickDistinct` makes of a section's points, in its article. */
function pointChecks(a: Analysis, section: Section): PointChecks {
  return {
    opensBack: (k) => pointsBack(k.text, a.lang),
    // (and a statement credited to "he" or "she" ("“…,” he continued"): whom it means, only the sentences before say)
    refersBack: (k) => refersBack(k.text, a.lang) || creditsAPronoun(k.text, a.lang),
    whole: (k) => shownWhole(a, k),
    quoted: (k) => brokenQuotation(a.sentences[k.sentence]!.text, k.text),
    keepsItsEnd: keepsItsEnd(a),
    underTitle: (k) => section.titleFrom === 'headline' && k.sentence - 1 === section.titleSentence,
    // (the title may be the sentence that answers it: "But earlier this year Zhang claimed his own reward")
    answer: (k) => {
      const at = answerTo(a, k.sentence)
      return at !== undefined && !(section.titleFrom === 'headline' && section.titleSentence === at) ? at : undefined
    },
    concedes: (k) => /^\s*["“«„]/u.test(a.sentences[k.sentence]!.text) || inFirstPerson(k.text, a.lang) || announcesWhatFollows(k.text, a.lang),
    // (not a lead-in to what the parts under it say: "NVIDIA achieved progress … in these areas:" over "Data Center", "Gaming", …)
    fallback: (k) => a.sections.length === 1 || (countWords(k.text) <= SLIDE_BUDGET.soleSentenceWords && !/[:：]\s*$/u.test(a.sentences[k.sentence]!.text)),
  }
}

/** `shown`: sentences another slide of the deck shows (a quote's), which its section does not repeat. */
export function sectionSlides(a: Analysis, index: number, shown: ReadonlySet<number> = new Set()): SectionSlide[] {
  const section = a.sections[index]!
  // (a list of phrases under its lead line has a slide of its own: its sentences are no points of the others)
  const lists = listsOf(a, section, shown)
  const sentenceCount = section.paragraphs.reduce((n, p) => n + a.paragraphs[p]!.sentences.length, 0)
  const budget = bulletBudget(sentenceCount)
  const points = sectionPoints(a, section, new Set([...shown, ...lists.flatMap((l) => [l.lead, ...l.items.map((k) => k.sentence), ...(l.others ?? [])])]), budget)
  const checks = pointChecks(a, section)
  const chosen = headingPointFirst(points, (ranked) => pickDistinct(ranked, Math.max(budget, factBudget(a, points)), checks), section, a.lang)
  // a "(cont.)" slide for one or two leftover bullets is not worth a slide: a long section fills
  // it with its next points; else the least central points go, as long as the section keeps
  // three; else they join the slide before
  const filled = sentenceCount >= FILLS_CONTINUED ? filledContinued(chosen, (n) => pickDistinct(points, n, checks)) : undefined
  if (filled) chosen.splice(0, chosen.length, ...filled)
  let pages = balanced(packBullets(inReadingOrder(chosen)))
  // (a short last page that joins the one before within MAX_JOINED_WORDS keeps its points)
  while (pages.length > 1 && pages.at(-1)!.length < MIN_CONTINUED && chosen.length > MIN_CONTINUED && !joinsBefore(pages)) {
    shedLeast(chosen, checks.opensBack)
    pages = balanced(packBullets(inReadingOrder(chosen)))
  }
  pages = keptTogether(joinShortLast(pages, chosen, checks.opensBack), checks.opensBack)
  const headed = pages.map((points, page) => (page > 0 ? pageHeadline(a, section, points, checks) : undefined))
  pages = pages.map((points, page) => points.filter((k) => k.sentence !== headed[page]?.sentence))
  // the sentence shown right before each point: the bullet before it, its page's headline's, the last of the slide before, or the title's
  const before = (page: number, j: number) =>
    j > 0 ? pages[page]![j - 1]!.sentence : headed[page] ? headed[page]!.sentence : page > 0 ? pages[page - 1]!.at(-1)!.sentence : checks.underTitle(pages[0]![0]!) ? section.titleSentence : undefined
  const notesOf = pageNotes(a, section, pages.map((points, page) => (headed[page] ? [headed[page]!.sentence, ...points.map((k) => k.sentence)] : points.map((k) => k.sentence))), lists)
  const own = pages.map((points, page): SectionSlide => {
    return {
      kind: 'section',
      section: index,
      title: page === 0 ? slideTitle(section, a.lang) : headed[page]?.text ?? `${slideTitle(section, a.lang).replace(localeFor(a.lang).slide.continued, '')}${localeFor(a.lang).slide.continued}`,
      continued: page > 0,
      ...(headed[page] ? { titleSource: { start: a.sentences[headed[page]!.sentence]!.start, end: a.sentences[headed[page]!.sentence]!.end } } : {}),
      bullets: points.map((k, j): Bullet => {
        const s = a.sentences[k.sentence]!
        // (a lead-in that points back does not reach over to a new page: "We got to see that firsthand: …")
        const alone = before(page, j) !== k.sentence - 1
        const text = k.named ? (alone ? detachedNamed(k.text, a.lang) : k.text) : alone ? detached(k.text, a.lang) : j === 0 && page > 0 ? withoutLeadIn(k.text, a.lang) : k.text
        return { text: capitalFirst(text, a.lang), source: { start: s.start, end: s.end }, ...(k.named ? { named: k.named } : {}) }
      }),
      ...voiceOf(a, points),
      notes: notesOf[page]!,
    }
  })
  return lists.length === 0 ? own : withLists(a, index, own.filter((s) => s.bullets.length > 0), lists)
}

/**
 * Each page's notes: the paragraphs its points (and its own headline) come from, each given to the
 * first page that shows one of its sentences, and the section's other paragraphs to the page of
 * the paragraph before them (the first page's, before any), so that the notes of a section's
 * slides hold all of its text; a page left none holds its bullets' sentences. A list's paragraphs
 * are its own slide's.
 */
function pageNotes(a: Analysis, section: Section, said: ReadonlyArray<readonly number[]>, lists: readonly ListPage[]): Note[][] {
  if (said.length === 0) return []
  const listed = new Set(lists.flatMap((l) => [l.lead, ...l.items.map((k) => k.sentence)]).map((i) => a.sentences[i]!.paragraph))
  const pageOf = new Map<number, number>()
  said.forEach((ids, page) => {
    for (const i of ids) if (!pageOf.has(a.sentences[i]!.paragraph)) pageOf.set(a.sentences[i]!.paragraph, page)
  })
  const mine: number[][] = said.map(() => [])
  let page = 0
  for (const p of section.paragraphs) {
    page = pageOf.get(p) ?? page
    if (!listed.has(p)) mine[page]!.push(p)
  }
  // (a page whose paragraphs an earlier page's bullets took too: the sentences of its own bullets, so that no slide goes without notes)
  return mine.map((paragraphs, page) => (paragraphs.length > 0 ? paragraphNotes(a, paragraphs) : said[page]!.map((i) => sentenceNote(a, i))))
}

/** The section's key points a slide may show: not those `omitted` (shown elsewhere, or a list's), nor the lines below. */
function sectionPoints(a: Analysis, section: Section, omitted: ReadonlySet<number>, budget: number): KeyPoint[] {
  // (an aside in brackets, "(based on …)", is no bullet even where the section has nothing else)
  // (nor a line about the text or its readers, "We hope this post helps engineers elsewhere …": a section of nothing else has no slide)
  // (nor someone's not answering: "A Whole Foods spokeswoman declined to comment on pricing")
  const text = (k: KeyPoint) => a.sentences[k.sentence]!.text
  // (nor a line the code after it completes: "To install a package, simply running" over `pipenv install numpy`)
  const kept = withoutTitleSentence(section).filter((k) => !omitted.has(k.sentence) && !dropsItsStatement(a, k) && !wholeAside(text(k)) && !guidesTheReader(text(k), a.lang) && !reportsNoAnswer(text(k), a.lang) && !completedByCode(a, k))
  return aboutTitle(withoutQuestions(kept), section.title, budget, a.lang)
}

/**
 * The section's slides with a slide for each list under its lead line, all in the article's
 * order. A list's lead that is a short clause of its own ("ATF consists of the following components") is its
 * slide's title rather than a line above its items, but on the first slide of a section under the
 * article's own heading (which keeps the heading). The first other slide takes the section's
 * title; the rest are its "(cont.)" (a later page titled by a headline of its own keeps it). A
 * page of the section's other points too few for a "(cont.)" comes before the lists.
 */
function withLists(a: Analysis, index: number, own: readonly SectionSlide[], lists: readonly ListPage[]): SectionSlide[] {
  const section = a.sections[index]!
  const span = (i: number) => ({ start: a.sentences[i]!.start, end: a.sentences[i]!.end })
  const at = (s: SectionSlide) => s.leadSource?.start ?? Math.min(...s.bullets.map((b) => b.source.start))
  const listSlides = lists.map((l): SectionSlide => {
    const paragraphIds = [...new Set([l.lead, ...l.items.map((k) => k.sentence)].map((i) => a.sentences[i]!.paragraph))]
    return {
      kind: 'section',
      section: index,
      title: slideTitle(section, a.lang),
      continued: false,
      lead: a.sentences[l.lead]!.text.trim(),
      leadSource: span(l.lead),
      bullets: l.items.map((k) => ({ text: capitalFirst(k.text, a.lang), source: span(k.sentence) })),
      notes: paragraphNotes(a, paragraphIds),
    }
  })
  // (a page of fewer points than a "(cont.)" holds comes first rather than after a list: the list is whole on its own page)
  const place = (s: SectionSlide) => (!s.lead && s.bullets.length < MIN_CONTINUED ? -1 : at(s))
  const slides = [...own, ...listSlides].sort((x, y) => place(x) - place(y))
  const continued = `${slideTitle(section, a.lang)}${localeFor(a.lang).slide.continued}`
  let titled = false
  return slides.map((s, i) => {
    // (not one that stops on a word that needs its items: "A successful PUT request … MUST result in")
    const headline = s.lead && (i > 0 || section.titleFrom !== 'heading') && !hangsOpen(s.lead) ? asHeadline(s.lead.replace(/\s*:\s*$/u, '')) : undefined
    if (headline) {
      const { lead: _, ...rest } = s
      return { ...rest, title: headline, titleSource: s.leadSource!, continued: i > 0 }
    }
    if (s.titleSource && i > 0) return s
    const first = !titled
    titled = true
    return first ? { ...s, title: slideTitle(section, a.lang), continued: false } : { ...s, title: continued, continued: true }
  })
}

/**
 * The title of a section's slides: its own, and the subheading its text opens under after it
 * ("Lessons learned: We have a massive database"); the subheading alone when both are too long.
 */
export function slideTitle(section: Section, lang: string): string {
  const sub = section.subheading?.title
  if (!sub) return section.title
  const both = headingWithSub(section.title, sub, lang)
  return countWords(both) <= MAX_TITLE_WORDS ? both : sub
}

/**
 * A later page of a section without a heading gets a headline of its own rather than "(cont.)":
 * the best of the section's other headlines made from one of the page's points ("Editas doesn't
 * have CRISPR sewn up" over "That's because Doudna … was a cofounder of Editas, too"), which then
 * leaves the page's bullets (the title says it), when the page keeps MIN_HEADED_BULLETS, the point
 * after it does not point back past it, it is no item of a list, and no other section has that
 * title. The first page's headline says the section's most central point; a later one's, its own.
 */
function pageHeadline(a: Analysis, section: Section, points: readonly KeyPoint[], checks: PointChecks): { text: string; sentence: number } | undefined {
  if (section.titleFrom === 'heading' || points.length - 1 < MIN_HEADED_BULLETS) return undefined
  const titles = new Set(a.sections.map((x) => x.title.toLocaleLowerCase(a.lang)))
  // (an item of a list is one fact among the page's others: the list goes on under "(cont.)")
  return section.headlines?.find((h) => {
    const at = points.findIndex((k) => k.sentence === h.sentence)
    if (at < 0 || titles.has(h.text.toLocaleLowerCase(a.lang)) || inListItem(a, h.sentence)) return false
    const next = points[at + 1]
    // (a point after it that leans on the point before it would lean on the title: only right after it)
    return !next || !checks.opensBack(next) || (at === 0 && next.sentence === h.sentence + 1)
  })
}

/** Whether a sentence is in an item of a list of the article. */
function inListItem(a: Analysis, sentence: number): boolean {
  return a.article.blocks[a.paragraphs[a.sentences[sentence]!.paragraph]!.block]?.kind === 'list-item'
}

/** Bullets a later page keeps at least under a headline of its own. */
const MIN_HEADED_BULLETS = 2

/** Bullets a section's list of facts earns at most: two slides' worth. */
const MAX_FACT_BULLETS = 8

/**
 * A list of facts ("Headcount was 69,329 …", "Free cash flow was $12.53 billion") earns a bullet
 * for each of its items that is a complete point with a figure other than a share, up to
 * MAX_FACT_BULLETS: each item is a fact of its own, and a release's highlights are what a
 * presenter shows.
 */
function factBudget(a: Analysis, points: readonly KeyPoint[]): number {
  const item = (k: KeyPoint) => inListItem(a, k.sentence)
  // (shares alone, "2.5% use the Beta release", are a survey's answers: a chart's, not a slide of bullets each)
  const figure = (k: KeyPoint) => /\p{N}/u.test(k.text.replace(/\p{N}+(?:[.,]\p{N}+)*\s*(?:%|percent\b|per cent\b)/gu, ''))
  return Math.min(MAX_FACT_BULLETS, points.filter((k) => k.complete && item(k) && figure(k)).length)
}

/** Sentences of a section at least for its next points to fill a "(cont.)" slide that would hold too few. */
const FILLS_CONTINUED = 12

/**
 * The points chosen and the next one, when the points chosen take two slides, the second short of
 * MIN_CONTINUED by one, and the next point makes it whole (the next point is a fact of the section
 * where dropping one would take one of its central facts off the slides); undefined otherwise.
 */
function filledContinued(chosen: readonly KeyPoint[], pick: (n: number) => KeyPoint[]): KeyPoint[] | undefined {
  const pages = packBullets(inReadingOrder(chosen))
  if (pages.length !== 2 || pages[1]!.length !== MIN_CONTINUED - 1) return undefined
  const more = pick(chosen.length + 1)
  const next = packBullets(inReadingOrder(more))
  return more.length > chosen.length && next.length === 2 && next[1]!.length >= MIN_CONTINUED ? more : undefined
}

/** Complete points that ask nothing a section needs before its questions go. */
const MIN_STATEMENTS = 3

/**
 * The points less the questions, when the section has statements enough: a question asks what
 * the slide should say ("Why did the pull request not test all code paths?" above its answer,
 * "Who suffers more?"); its answer, a statement, is the bullet.
 */
function withoutQuestions(points: readonly KeyPoint[]): KeyPoint[] {
  const statements = points.filter((k) => !asksAQuestion(k.text))
  return statements.filter((k) => k.complete).length >= MIN_STATEMENTS ? statements : [...points]
}

/**
 * A bullet that keeps who spoke and leaves out what they said ("Chris Lehane of OpenAI summed
 * up the situation", its "highlighting the stark contrast …" removed) says nothing.
 */
function dropsItsStatement(a: Analysis, k: KeyPoint): boolean {
  // (a bullet is its sentence less some words, its first letter a capital: the statement's first words are in it when it is kept)
  const opening = (q: Quote) => q.text.split(/\s+/).slice(0, 3).join(' ').toLocaleLowerCase()
  const text = k.text.toLocaleLowerCase()
  return a.quotes.some((q) => q.sentence === k.sentence && q.kind === 'paraphrase' && !text.includes(opening(q)))
}

/**
 * Whether a point's sentence runs on into the code block right after it, without a full stop or
 * a colon of its own, on a verb or a preposition that the code completes ("We can then create new
 * virtual environments with the conda manager using" over `conda create --name myenv`), or as
 * an infinitive's phrase alone ("To activate the environment"): a bullet would stop in the middle
 * of what it says. (Not "It contains the obvious add function", whole before its listing.)
 */
function completedByCode(a: Analysis, k: KeyPoint): boolean {
  const s = a.sentences[k.sentence]!
  const text = s.text.trimEnd()
  if (/[.!?…:;。！？：]["”’»)\]]*$/u.test(text)) return false
  const next = a.article.blocks.find((b) => b.start >= s.end)
  if (next?.kind !== 'code' || a.article.text.slice(s.end, next.start).trim()) return false
  // (one stopped on a comma runs on whatever its last word: "To activate the environment," over `pipenv shell`)
  if (a.lang !== 'en' || /[,，]$/u.test(text)) return true
  const last = tagWords(text).at(-1)
  return !!last && (last.tags.includes('Verb') || last.tags.includes('Preposition') || /^to\s+\p{Ll}+\b[^,;]*$/iu.test(text))
}

/** A byline that names a newsroom or a wire, not a person. */
const NEWSROOM = /\b(?:News|Staff|Reuters|Associated Press|AP|AFP|Agency|Desk|Editors?|Editorial|Team|Newsroom|Wire|Press)\b/u

/**
 * Who speaks in a slide's bullets: the speaker of the block quotations they come from (quotedVoice);
 * the author for an essay's "I" (the byline's name, without the titles after its comma; none when
 * the article names no one author); for a press release's "we", with no byline, the organisation
 * that issued it (issuer.ts).
 */
function voiceOf(a: Analysis, points: readonly KeyPoint[]): { voice?: string; issuer?: string; speaker?: string } {
  const speaker = quotedVoice(a, points) ?? turnVoice(a, points)
  if (speaker) return { speaker }
  // (an interview's "I" is the one whose turn it is: none named, no one credited, not the interviewer who wrote it)
  if (points.some((k) => turnOf(a, k) !== undefined)) return {}
  const byline = a.article.meta.byline
  if (!byline) return issuerOf(a, points)
  const name = byline.split(/,|\s+[|·•—–-]\s+/u)[0]?.trim()
  if (!name || countWords(name) > 5 || /\s(?:and|&|et|und|y|e)\s/u.test(name)) return {}
  // (a newsroom is no one's "I": "BBC News", "Reuters Staff", the site's own name)
  if (name.toLocaleLowerCase() === a.article.meta.siteName?.toLocaleLowerCase() || NEWSROOM.test(name)) return {}
  // (not beside others' words in the first person: a reader's letter and the columnist's answer on one slide would both read as his)
  const mine = points.some((k) => inFirstPerson(k.text, a.lang) && !othersWords(a, k))
  const theirs = points.some((k) => othersWords(a, k) && (inFirstPerson(k.text, a.lang) || inFirstPersonPlural(k.text)))
  return mine && !theirs ? { voice: name } : {}
}

/** The interview turn a point comes from (ingest/interview.ts): its speaker, '' when the turn names none, undefined when the text has no turns. */
function turnOf(a: Analysis, k: KeyPoint): string | undefined {
  const block = a.article.blocks[a.paragraphs[a.sentences[k.sentence]!.paragraph]!.block]
  return block?.speaker ?? (hasTurns(a) ? '' : undefined)
}

const TURNS = new WeakMap<Analysis, boolean>()

/** Whether the article is an interview whose blocks keep who speaks (read once per analysis). */
function hasTurns(a: Analysis): boolean {
  if (!TURNS.has(a)) TURNS.set(a, a.article.blocks.some((b) => b.speaker))
  return TURNS.get(a)!
}

/** Who speaks in a slide's points taken from an interview's turns, when one of them says "I" or "we" and one person says them all. */
function turnVoice(a: Analysis, points: readonly KeyPoint[]): string | undefined {
  const voiced = points.filter((k) => inFirstPerson(k.text, a.lang) || inFirstPersonPlural(k.text))
  const speakers = new Set(voiced.map((k) => turnOf(a, k)))
  const [speaker] = speakers
  return speakers.size === 1 && speaker ? speaker : undefined
}

/**
 * Who speaks in a slide's points taken from block quotations credited to one speaker (quotes.ts
 * blockQuotes: "If this [deal] is going to happen, it's not going to be because we offer a lot of
 * money" is Mark Zuckerberg's), when one of them says "I" or "we", or all of them are theirs.
 */
function quotedVoice(a: Analysis, points: readonly KeyPoint[]): string | undefined {
  const paragraphOf = (i: number) => a.sentences[i]!.paragraph
  const speakerOf = (k: KeyPoint) => (inBlockQuote(a, k.sentence) ? a.quotes.find((q) => q.speaker && q.sentence <= k.sentence && paragraphOf(q.sentence) === paragraphOf(k.sentence))?.speaker : undefined)
  const quoted = points.flatMap((k) => {
    const speaker = speakerOf(k)
    return speaker ? [{ k, speaker }] : []
  })
  const speakers = new Set(quoted.map((q) => q.speaker))
  // (or when every point is theirs: a passage quoted from a magazine, "Many in the industry see AvantGo as the first …", is no words of the writer's)
  const theirs = quoted.length === points.length || quoted.some(({ k }) => inFirstPerson(k.text, a.lang) || inFirstPersonPlural(k.text))
  // (not when the writer says "I" on the slide too: a reader's letter beside the columnist's answer)
  const writerToo = points.some((k) => !quoted.some((q) => q.k === k) && !othersWords(a, k) && inFirstPerson(k.text, a.lang))
  return speakers.size === 1 && theirs && !writerToo ? [...speakers][0] : undefined
}

/**
 * Whether a point is other people's words the article quotes: a block quotation, or an item of a
 * list the sentence before introduces as such ("Here are some specific responses to the question
 * …": "I feel too inexperienced …" is a respondent's, not the writer's).
 */
function othersWords(a: Analysis, k: KeyPoint): boolean {
  const blockOf = (p: number) => a.article.blocks[a.paragraphs[p]!.block]
  let p = a.sentences[k.sentence]!.paragraph
  if (inBlockQuote(a, k.sentence)) return true
  if (blockOf(p)?.kind !== 'list-item') return false
  while (p > 0 && blockOf(p)?.kind === 'list-item') p--
  const lead = a.paragraphs[p]!.sentences.at(-1)
  return lead !== undefined && introducesOthersWords(a.sentences[lead]!.text, a.lang)
}

/**
 * The points ranked with those that speak of the title ("Battery pack": "The battery pack, at
 * 2.1 megawatt-hours, …") ahead of slightly more central ones among the 2 × `budget` most central
 * (their score counts TITLE_WEIGHT times): a slide's bullets bear out its title, and a point of
 * half the centrality does not push out a central one that names the title in other words
 * ("website" under "sites"). The rest keep their rank.
 */
function aboutTitle(points: readonly KeyPoint[], title: string, budget: number, lang: string): KeyPoint[] {
  const ofTitle = speaksOf(title, lang)
  const top = points.slice(0, 2 * budget)
  const weight = new Map(top.map((k) => [k, ofTitle(k.text) ? k.score * TITLE_WEIGHT : k.score]))
  const ranked = [...top].sort((x, y) => weight.get(y)! - weight.get(x)! || points.indexOf(x) - points.indexOf(y))
  return [...ranked, ...points.slice(2 * budget)]
}

/** How much more a point that speaks of its slide's title counts in the slide's ranking. */
const TITLE_WEIGHT = 1.5

/**
 * The section's key points less the one its headline title was made from (the title already
 * says it; a slide that repeats its title as a bullet reads as a mistake), unless that leaves
 * fewer than two complete points (none, when the point is the title word for word) or the
 * point gives figures the title left out. A point of
 * the same words (a line the page repeats) goes with it.
 */
function withoutTitleSentence(section: Section): KeyPoint[] {
  const own = section.keyPoints.find((k) => k.sentence === section.titleSentence)
  // the title kept the clause and left the figures ("Tourism is critical to Tunisia's economy", its "15 percent of its GDP" gone): the point says them
  if (own && saysMore(own.text, section.title)) return section.keyPoints
  // (nor the same words written again elsewhere in the section: a page may repeat a line as a pull quote)
  const same = (k: KeyPoint) => own !== undefined && k.text.toLowerCase() === own.text.toLowerCase()
  const rest = section.keyPoints.filter((k) => k.sentence !== section.titleSentence && !same(k))
  // (a point that says the title word for word goes even when one other is left: a bullet under its own words reads as a mistake)
  const needed = own && key(own.text) === key(section.title) ? 1 : 2
  return rest.filter((k) => k.complete).length >= needed ? rest : section.keyPoints
}

/**
 * Whether a point gives figures its headline left out (not a year alone: "In 2011, voters had
 * elected …" is its title again) and half as many words again.
 */
function saysMore(point: string, title: string): boolean {
  const figures = (text: string) => (text.match(/\p{N}+(?:[.,]\p{N}+)*/gu) ?? []).filter((f) => !/^(?:1[89]|20)\d\d$/.test(f))
  const left = figures(point).filter((f) => !figures(title).includes(f))
  return left.length > 0 && countWords(point) >= 1.5 * countWords(title)
}

/**
 * Leftovers of fewer than MIN_CONTINUED bullets join the slide before when that stays within
 * MAX_JOINED_WORDS; else the least central points go until the rest fits one slide.
 */
/** Whether the last page joins the one before within MAX_JOINED_WORDS (joinShortLast's first way). */
function joinsBefore(pages: readonly KeyPoint[][]): boolean {
  const joined = [...pages.at(-2)!, ...pages.at(-1)!]
  return fitsJoined(joined) && (pages.length === 2 || joined.length >= MIN_CONTINUED)
}

function joinShortLast(pages: KeyPoint[][], chosen: KeyPoint[], opensBack: (k: KeyPoint) => boolean): KeyPoint[][] {
  if (pages.length < 2 || pages.at(-1)!.length >= MIN_CONTINUED) return pages
  // (joined to a "(cont.)" slide, they would still make one too short)
  if (joinsBefore(pages)) return [...pages.slice(0, -2), [...pages.at(-2)!, ...pages.at(-1)!]]
  const kept = [...chosen]
  while (kept.length > 1 && packBullets(inReadingOrder(kept)).length > 1 && !fitsJoined(kept)) shedLeast(kept, opensBack)
  return [inReadingOrder(kept)]
}

/**
 * The points `pick` chooses, with, under the article's own heading, the most central complete one
 * that speaks of it among them and first, so that it is the last one shed for room: a slide none
 * of whose bullets names its heading reads as another's ("Les « boîtes noires »" over the CNIL's
 * objections, once the sentence saying what a « boîte noire » is was shed for room; "Learning
 * curve" without "Rust is well known for its significant learning curve"). The points' order is
 * their rank only: a slide shows them in reading order.
 */
function headingPointFirst(points: readonly KeyPoint[], pick: (ranked: readonly KeyPoint[]) => KeyPoint[], section: Section, lang: string): KeyPoint[] {
  const chosen = pick(points)
  if (section.titleFrom !== 'heading') return chosen
  // (a word of time says when, not what of: "… for years" does not make "last year's tax cuts" its point)
  const ofHeading = speaksOf(section.title.replace(TIME_WORDS, ' '), lang)
  const named = chosen.find((k) => ofHeading(k.text)) ?? points.find((k) => k.complete && ofHeading(k.text))
  if (!named) return chosen
  const picked = chosen.includes(named) ? chosen : pick([named, ...points.filter((k) => k !== named)])
  return picked.includes(named) ? [named, ...picked.filter((k) => k !== named)] : chosen
}

/** Words of time in English (a heading's "for years", "this week"). */
const TIME_WORDS = /\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|times?|today|now|ago)\b/giu

/**
 * Takes the least central point off, and with it the points after it that lean on it one by one
 * ("This makes it possible to …" goes with "Knowing this, we can detect and reproduce the
 * original deflate settings"), while more than MIN_SHOWN stay.
 */
function shedLeast(points: KeyPoint[], opensBack: (k: KeyPoint) => boolean): void {
  for (let gone = points.pop(); gone && points.length > MIN_SHOWN; ) {
    const next = points.findIndex((q) => q.sentence === gone!.sentence + 1 && opensBack(q))
    if (next < 0) return
    gone = points.splice(next, 1)[0]
  }
}

/**
 * Pages where a point that opens pointing back ("That’s because Doudna … was a cofounder of
 * Editas, too") is never the first of a "(cont.)" slide while the sentence it points to ends the
 * slide before ("Editas doesn’t have CRISPR sewn up"): that one moves over with it, when the
 * slide before keeps a point (a "(cont.)" slide MIN_CONTINUED) and the next one stays within
 * MAX_JOINED_WORDS and MAX_BULLETS.
 */
export function keptTogether(pages: KeyPoint[][], opensBack: (k: KeyPoint) => boolean): KeyPoint[][] {
  const out = pages.map((p) => [...p])
  for (let i = 1; i < out.length; i++) {
    const [first] = out[i]!
    const last = out[i - 1]!.at(-1)
    // (a "(cont.)" slide that gives its last point away keeps MIN_CONTINUED)
    const keeps = i - 1 > 0 ? MIN_CONTINUED : 1
    if (!first || !last || !opensBack(first) || last.sentence !== first.sentence - 1 || out[i - 1]!.length - 1 < keeps) continue
    const moved = [last, ...out[i]!]
    if (moved.length <= MAX_BULLETS && wordsOf(moved) <= MAX_JOINED_WORDS) {
      out[i - 1] = out[i - 1]!.slice(0, -1)
      out[i] = moved
    }
  }
  return out
}

/** Points one slide may hold rather than leave one or two to a "(cont.)" slide. */
function fitsJoined(points: readonly KeyPoint[]): boolean {
  return points.length <= MAX_BULLETS && wordsOf(points) <= MAX_JOINED_WORDS
}

function wordsOf(points: readonly KeyPoint[]): number {
  return points.reduce((n, p) => n + countWords(p.text), 0)
}

function inReadingOrder(points: readonly KeyPoint[]): KeyPoint[] {
  return [...points].sort((x, y) => x.sentence - y.sentence)
}

/** What pickDistinct asks of a point. */
interface PointChecks {
  /** It opens pointing back ("Elle remplacera…", "They’d won…"). */
  opensBack: (k: KeyPoint) => boolean
  /** It points back anywhere: it opens so, or a demonstrative in it does ("Dans ces cas, …"). */
  refersBack: (k: KeyPoint) => boolean
  /** A slide can show its whole sentence (shownWhole). */
  whole: (k: KeyPoint) => boolean
  /** It is a piece of a longer quotation, or a quotation whose speaker another sentence names. */
  quoted: (k: KeyPoint) => boolean
  /** Its bullet says what its sentence's end says: what the next sentence points to is on the slide. */
  keepsItsEnd: (k: KeyPoint) => boolean
  /** It comes right after the sentence the slide's title was made from: the title is what it points to. */
  underTitle: (k: KeyPoint) => boolean
  /** The sentence that turns it around ("But …", "However, …") or gives what it announces ("… in two ways"): it is that one's setup. */
  answer: (k: KeyPoint) => number | undefined
  /** It is a speaker's or the writer's own words, or it announces what follows: a setup of theirs, alone, says the opposite of their point or nothing. */
  concedes: (k: KeyPoint) => boolean
  /** A slide may show it as the section's one point when the section has no complete one: not a paragraph's length, unless the article is that one section. */
  fallback: (k: KeyPoint) => boolean
}

/** Figures a point gives: amounts, shares and decimals as written ("$44.2 million", "$0.89", "3.2 percent"), not a year, a range of years or a server's number ("db-02"). */
const FIGURES_IN = /(?<![\p{L}\p{N}-])(?:[$€£¥]\d[\d.,]*(?:\s(?:million|billion|trillion))?|\d[\d.,]*\s?(?:%|percent|million|billion|trillion)|\d+\.\d+)/gu
/** Figures a point gives at least for another giving them all to say it again. */
const SAME_FIGURES = 2

/** Whether a point gives the figures of another, two at least and no other ("Net income … was $44.2 million, or $0.89 per share" twice). */
function sameFigures(text: string, other: string): boolean {
  const figures = new Set(text.match(FIGURES_IN) ?? [])
  const theirs = new Set(other.match(FIGURES_IN) ?? [])
  return figures.size >= SAME_FIGURES && [...figures].every((f) => theirs.has(f))
}

/**
 * The top `n` key points, skipping near-duplicate bullets (the same words, or the same figures); a point that is not a complete
 * clause only when the section has no complete one. A point that points back ("Elle
 * remplacera…", "Pour repérer ces personnes, …") comes right after the sentence it points to
 * (shown whole when it is too long for a bullet, see shownWhole) or the one the slide's title
 * was made from ("It had delivered fertilizer and seeds" under "Matie’s company had more than
 * $2 million in the bank"), or only when the section has fewer than MIN_SHOWN other points:
 * then one right after a point shown first, then one whose demonstrative is inside before one
 * that opens pointing back.
 */
function pickDistinct(points: readonly KeyPoint[], n: number, checks: PointChecks): KeyPoint[] {
  const { opensBack, refersBack: back, whole, underTitle, keepsItsEnd, quoted, fallback } = checks
  const out: KeyPoint[] = []
  const follows = (p: KeyPoint) => underTitle(p) || out.some((q) => q.sentence === p.sentence - 1 && keepsItsEnd(q))
  const complete = points.filter((p) => p.complete)
  // (a line set in title case is a heading the text did not mark: "First Quarter 2024 Operational and Other Financial Highlights")
  // (nor, in want of a complete one, a piece of a longer quotation: "“Most of us don’t believe …")
  // (nor one longer than a slide shows whole, but in an article of one section: a paragraph is no bullet)
  const candidates = (complete.length > 0 ? complete : points.slice(0, 1).filter((p) => !titleCased(p.text) && !quoted(p) && fallback(p))).filter((p, i, all) => p.text.trim() && !all.slice(0, i).some((q) => q.text.toLowerCase() === p.text.toLowerCase() || sameFigures(p.text, q.text) || sameFigures(q.text, p.text)))
  const deferred: KeyPoint[] = []
  for (const p of candidates) {
    if (out.length >= n) break
    if (back(p) && !follows(p)) {
      deferred.push(p)
      continue
    }
    out.push(p)
    // the point that pointed back to this one comes with it
    const next = deferred.find((q) => q.sentence === p.sentence + 1)
    if (next && out.length < n) out.push(next)
  }
  // too few points stand alone: a point that points back comes with the sentence it points to
  // when there is room for both; else only while the slide would hold fewer than MIN_SHOWN bullets
  for (const p of deferred) {
    const before = points.find((q) => q.sentence === p.sentence - 1 && !back(q) && (candidates.includes(q) || whole(q)))
    if (!out.includes(p) && before && !out.includes(before) && out.length + 2 <= n) out.push(before, p)
  }
  // to fill, first a point right after one shown (its antecedent is on the slide), then one whose demonstrative is inside
  const byOpening = [...deferred].sort((x, y) => Number(opensBack(x)) - Number(opensBack(y)))
  while (out.length < MIN_SHOWN) {
    const next = candidates.find((p) => !out.includes(p) && follows(p)) ?? byOpening.find((p) => !out.includes(p))
    if (!next) break
    // (with the sentence it points to, when that one is a point too: "In either case, shareholders get a say." before "They either vote …")
    const heads = follows(next) ? [] : headsOf(next, candidates, out, checks)
    if (heads.length > 0 && out.length + heads.length + 1 <= n) out.push(...heads)
    out.push(next)
  }
  // and while there is room, a point right after one shown: what it points to is the bullet before it ("Elle délivrera son avis …" after "Elle remplacera …")
  for (let next = candidates.find((p) => !out.includes(p) && follows(p)); next && out.length < n; next = candidates.find((p) => !out.includes(p) && follows(p))) out.push(next)
  // one that pointed to the title reads so only as the slide's first bullet
  const misplaced = (p: KeyPoint) => back(p) && underTitle(p) && !out.some((q) => q.sentence === p.sentence - 1) && out.some((q) => q.sentence < p.sentence)
  const ranked = out.filter((p) => !misplaced(p)).sort((x, y) => points.indexOf(x) - points.indexOf(y))
  return withAnswers(ranked, candidates, n, checks)
}

/**
 * The points before `p` it leans on, first to last: the one right before it, and while that one
 * opens pointing back too, the one before that ("Facebook is just one culprit …" before "But it’s
 * not the only player in this space" before "Google’s business model also relies on this kind of
 * surveillance"). When the chain does not reach a point that opens on its own subject, the one
 * right before alone ("In either case, shareholders get a say." before "They either vote …").
 */
function headsOf(p: KeyPoint, candidates: readonly KeyPoint[], out: readonly KeyPoint[], checks: PointChecks): KeyPoint[] {
  const heads: KeyPoint[] = []
  for (let at = p.sentence - 1; ; at--) {
    const head = candidates.find((q) => q.sentence === at && !out.includes(q))
    if (!head) return heads.slice(-1)
    heads.unshift(head)
    if (!checks.opensBack(head)) return heads
  }
}

/**
 * A setup comes with the sentence that turns it around ("… they will shrug and say no" with
 * "But I can tell you with confidence we have many"), when that one is a point (in the place of
 * the least central point when the slide is full); else a speaker's or the writer's own setup goes: alone, it says the opposite of their
 * point. (A claim the writer reports and answers, "Facebook … deflect accusations by arguing
 * consent", is a fact of the story either way.)
 */
function withAnswers(out: readonly KeyPoint[], candidates: readonly KeyPoint[], n: number, checks: PointChecks): KeyPoint[] {
  const kept = [...out]
  for (const p of out) {
    const at = checks.answer(p)
    if (at === undefined) continue
    // an answer chosen on its own rank moves right after its setup: shed together or not at all
    const chosen = kept.find((q) => q.sentence === at)
    if (chosen) {
      kept.splice(kept.indexOf(chosen), 1)
      kept.splice(kept.indexOf(p) + 1, 0, chosen)
      continue
    }
    const answer = candidates.find((q) => q.sentence === at)
    // (no room: the answer takes the place of the least central point but the setup)
    const last = kept.at(-1)
    const leanedOn = (q: KeyPoint) => kept.some((r) => r.sentence === q.sentence + 1)
    if (answer && kept.length >= n && last && last !== p && checks.answer(last) === undefined && !leanedOn(last)) kept.pop()
    // (ranked right after its setup: a slide that must shed points sheds both or neither)
    if (answer && kept.length < n) kept.splice(kept.indexOf(p) + 1, 0, answer)
    else if (checks.concedes(p) && kept.length > 1) kept.splice(kept.indexOf(p), 1)
  }
  return kept
}

/**
 * The sentence that answers sentence `i`: the next one (in its paragraph or the next) when it opens
 * turning `i` around or `i` announces it; else the one after, in the same paragraph, when that one
 * turns it around and the one between explains `i` ("In highly competitive markets …, junk fees may
 * not raise the total amount consumers pay. The reason is that … However, many markets are not
 * highly competitive …"). Undefined when none does.
 */
export function answerTo(a: Analysis, i: number): number | undefined {
  const s = a.sentences[i]!
  const next = a.sentences[i + 1]
  if (!next || next.paragraph - s.paragraph > 1) return undefined
  if (opensContrast(next.text, a.lang) || announcesWhatFollows(s.text, a.lang)) return i + 1
  const after = a.sentences[i + 2]
  return after && after.paragraph === s.paragraph && next.paragraph === s.paragraph && opensContrast(after.text, a.lang) ? i + 2 : undefined
}

/** Whether a sentence after sentence `i` answers it (answerTo): it is that one's setup. */
export function setsUp(a: Analysis, i: number): boolean {
  return answerTo(a, i) !== undefined
}

/** Words of a sentence shown whole before the point that points back to it, at least. */
const MIN_WHOLE_WORDS = 4

/** A section slide shows at least this many bullets when its section has them, pointing back or not. */
const MIN_SHOWN = 2

/** Words into the left-out end of a sentence a clause's conjunction may come ("though unfortunately it was …", "even before they published …"). */
const OPENING_WORDS = 3

/**
 * Whether a bullet keeps what its sentence's end says: it goes on to the end, or what it leaves
 * there is no clause of its own, which the next sentence may point to. "This led to the production
 * code path not being tested properly" points to the end that "The pull request introduced a few
 * tests …, though unfortunately it was using values different from …" leaves out; "Ce recours
 * juridictionnel" to the end of "L’avis de la CNCTR ne sera pas contraignant, mais cette
 * commission pourra saisir le Conseil d’Etat …". A clause opens on a word of contrast or a
 * subordinator of the language (locale `speech.contrast`, `speech.subordinators`) or after a semicolon.
 */
function keepsItsEnd(a: Analysis): (k: KeyPoint) => boolean {
  const { speech } = localeFor(a.lang)
  const words = [...speech.contrast, ...speech.subordinators].map(escapeRegExp).join('|')
  const clause = new RegExp(`^\\s*(?:;|[,—–-]?\\s*(?:[\\p{L}’']+\\s+){0,${OPENING_WORDS - 1}}(?:${words})(?![\\p{L}]))`, 'iu')
  return (k) => {
    const s = a.sentences[k.sentence]!
    // (the last piece that holds a word: a kept full stop is no end of the clause)
    const last = [...k.pieces].reverse().find((p) => /[\p{L}\p{N}]/u.test(a.article.text.slice(p.start, p.end)))
    return !last || !clause.test(a.article.text.slice(last.end, s.end))
  }
}

/**
 * A sentence too long for a bullet that a slide can still show whole, before the point that
 * points back to it: within SLIDE_BUDGET.antecedentWords, no piece of a quotation, announcing nothing.
 */
function shownWhole(a: Analysis, k: KeyPoint): boolean {
  const sentence = a.sentences[k.sentence]!.text
  // (not a scrap left where a quotation was split off: "Forte said")
  return !k.complete && countWords(k.text) >= MIN_WHOLE_WORDS && countWords(k.text) <= SLIDE_BUDGET.antecedentWords && !brokenQuotation(sentence, k.text) && !pointsAhead(sentence)
}

/**
 * Two slides whose second holds too few bullets for a "(cont.)" slide ([6, 2]) when the points
 * would make two whole ones: the first gives its last points over ([4, 4]).
 */
function balanced(pages: KeyPoint[][]): KeyPoint[][] {
  if (pages.length !== 2 || pages[1]!.length >= MIN_CONTINUED || pages[0]!.length + pages[1]!.length < 2 * MIN_CONTINUED) return pages
  const [first, second] = [[...pages[0]!], [...pages[1]!]]
  while (second.length < MIN_CONTINUED) second.unshift(first.pop()!)
  return wordsOf(second) <= MAX_BODY_WORDS ? [first, second] : pages
}

function packBullets(points: readonly KeyPoint[]): KeyPoint[][] {
  const pages: KeyPoint[][] = []
  let page: KeyPoint[] = []
  let words = 0
  for (const p of points) {
    const w = countWords(p.text)
    if (page.length > 0 && (page.length >= MAX_BULLETS || words + w > MAX_BODY_WORDS)) {
      pages.push(page)
      page = []
      words = 0
    }
    page.push(p)
    words += w
  }
  if (page.length > 0) pages.push(page)
  return pages
}
