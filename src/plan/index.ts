/**
 * The plan stage: Analysis → DeckPlan. Orders the slides (title, agenda, each section with its
 * quotes and figures right after it, takeaways, sources) and applies --max-slides.
 */
import { withInlineCode } from './inline-code.ts'
import { joinThinContinued } from './thin-continued.ts'
import { capitalFirstLetter } from '../analyze/capital.ts'
import type { Analysis, Bullet, DeckOptions, DeckPlan, KeyFigureSlide, KeyPoint, PeopleSlide, SectionSlide, Slide, TakeawaysSlide, TitleSlide } from '../types.ts'
import { judges } from '../analyze/discourse.ts'
import { costSlide, quoteSlides } from './fact-slides.ts'
import { keyFigureSlide } from './key-figure.ts'
import { agendaSlide, openingQuestion, outlined, sourcesSlide, tablesUnderOwnHeadings, takeawaysSlide, titleSlide } from './frame-slides.ts'
import { conclusions, specifies } from './conclusions.ts'
import { closingOrder } from './closing-section.ts'
import { tabledSentences } from './tabled-sentences.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { countWords } from '../analyze/script.ts'
import { peopleSlide } from './people-slide.ts'
import { codeLeadIn, codeSlides } from './code-slides.ts'
import { namesSaidOnce } from './names.ts'
import { toldOnCover } from './told-on-cover.ts'
import { sectionOf } from './notes.ts'
import { MIN_CONTINUED, sectionSlides } from './section-slides.ts'
import { pointsAhead, refersBack } from '../analyze/stand-alone.ts'
import { chartedSentences, chartSeries, chartSlide } from './chart-slides.ts'
import { shownLabels, tableLeadIn, tableSlides, tablesToShow } from './table-slides.ts'
import { key, titleTableSlides } from './table-titles.ts'
import { localeFor } from '../locales/index.ts'
import { sentenceAt as nearestSentence } from '../analyze/figures.ts'

export const DEFAULT_OPTIONS: DeckOptions = { theme: 'default', colorSchema: 'light', aspectRatio: '16/9' }

/** Priority when --max-slides forces a cut: lower is kept first. */
const PRIORITY: Record<Slide['kind'], number> = {
  title: 0, sources: 1, agenda: 2, takeaways: 3, section: 4, cost: 5, chart: 5, table: 5.5, code: 5.5, 'key-figure': 6, people: 6.5, quote: 7,
}

/** Without --max-slides, a deck stops here: past it, nobody presents it (--max-slides raises it). */
export const DEFAULT_MAX_SLIDES = 80

const DECK_OPTION_KEYS = ['theme', 'colorSchema', 'aspectRatio', 'maxSlides', 'title', 'subtitle', 'author', 'date'] as const

/** The deck options in `options` (other keys and undefined values ignored) over the defaults. */
export function resolveDeckOptions(options: Partial<DeckOptions>): DeckOptions {
  const out: Record<string, unknown> = { ...DEFAULT_OPTIONS }
  for (const k of DECK_OPTION_KEYS) if (options[k] !== undefined) out[k] = options[k]
  return out as unknown as DeckOptions
}

/** Index of the sentence holding `offset`. */
function sentenceAt(a: Analysis, offset: number): number {
  // (a binary search: it is asked for every bullet of the deck)
  const i = nearestSentence(a.sentences, offset)
  return i >= 0 && offset < a.sentences[i]!.end ? i : -1
}

/**
 * The section slides (with the fact slides placed after each) and the takeaways. No sentence is
 * said twice: a quote's sentence is no bullet, a takeaway no bullet. The takeaways are the
 * article's conclusions (conclusions.ts), chosen first from the sections that can spare them;
 * when too few can, they come from what the sections left unsaid.
 */
function sectionsAndTakeaways(a: Analysis, after: ReadonlyMap<number, Slide[]>, quoted: ReadonlySet<number>, figured: ReadonlySet<number>): { body: Slide[]; takeaways?: TakeawaysSlide; closing?: number[] } {
  const build = (reserved: ReadonlySet<number>) => {
    const shown = new Set([...quoted, ...reserved])
    const body: Slide[] = []
    const bySection: Slide[][] = []
    a.sections.forEach((_, i) => {
      // (a section whose chart or table says all it has, its slide left with a line that only points to them, is that slide)
      const facts = after.get(i) ?? []
      const own = sectionSlides(a, i, shown).filter((s) => !(facts.some((f) => f.kind === 'chart' || f.kind === 'table') && onlyLeans(a, s)))
      for (const b of own.flatMap((s) => s.bullets)) shown.add(sentenceAt(a, b.source.start))
      bySection.push(quotesFirst(own, facts, body.at(-1)))
      body.push(...bySection[i]!)
    })
    return { body, shown, bySection }
  }
  // without takeaways, a deck that would end on raw figures closes on the section that concludes or looks ahead
  const closingOn = (built: { bySection: Slide[][] }) => closingOrder(a, built.bySection) ?? { body: built.bySection.flat() }
  // the article ends on its own conclusions ("Lessons learned", "Conclusion"): the deck ends on them
  if (endsOnConclusions(a)) return closingOn(build(new Set()))
  // nor is a takeaway the sentence a key figure's slide shows whole
  const reserved = conclusions(a, new Set([...quoted, ...figured]), { spare: true })
  if (reserved.length >= 2 && drawsConclusions(a, reserved)) {
    const takeaways = takeawaysSlide(a, reserved)
    return { body: build(new Set(reserved.map((k) => k.sentence))).body, ...(takeaways ? { takeaways } : {}) }
  }
  const first = build(new Set())
  const left = conclusions(a, new Set([...first.shown, ...figured]))
  const takeaways = left.length >= 2 && drawsConclusions(a, left) ? takeawaysSlide(a, left) : undefined
  if (takeaways) return { body: first.body, takeaways }
  return lookingAhead(a, new Set([...quoted, ...figured]), build) ?? closingOn(first)
}

/** Words a first section's title has at least to say the cover's subtitle again (not "Introduction"). */
const SAID_TITLE_WORDS = 5

/** Sentences that say what may come, at least, for a closing "Looking ahead" slide. */
const MIN_AHEAD = 2

/**
 * A story told without headings (news, a feature) that draws no conclusions in words of
 * judgement closes on what it says may come of it: a "Looking ahead" slide of sentences that
 * speak of a possible future, an expectation or a fear ("The attack could heighten tensions in
 * a nation …", "Officials are worried about …"), at most one per section, taken from sections
 * that can spare them; none when fewer than MIN_AHEAD are found. An article with headings
 * closes on its own last sections.
 */
function lookingAhead(a: Analysis, excluded: ReadonlySet<number>, build: (reserved: ReadonlySet<number>) => { body: Slide[] }): { body: Slide[]; takeaways: TakeawaysSlide } | undefined {
  if (a.sections.some((s) => s.titleFrom === 'heading') || specifies(a)) return undefined
  const ahead = conclusions(a, excluded, { spare: true, ahead: true })
  const slide = ahead.length >= MIN_AHEAD ? takeawaysSlide(a, ahead, localeFor(a.lang).slide.outlook) : undefined
  return slide ? { body: build(new Set(ahead.map((k) => k.sentence))).body, takeaways: slide } : undefined
}

/**
 * A section's slides with the fact slides placed after them, but a quote that opens the section
 * (its words come before every bullet of the section's first slide) first, unless a quote
 * ends the section before: the bullets after it
 * go on from it ("“The worry with that is …,” said Ananth Iyer" before "If producers are squeezed
 * too much, he noted, …").
 */
function quotesFirst(own: readonly SectionSlide[], facts: readonly Slide[], before: Slide | undefined): Slide[] {
  const firstBullet = Math.min(...(own[0]?.bullets.map((b) => b.source.start) ?? []))
  // (not right after another quote: two quotes in a row, the section slide after them)
  const opening = before?.kind === 'quote' ? [] : facts.filter((f) => f.kind === 'quote' && f.span.end <= firstBullet)
  return [...opening, ...own, ...facts.filter((f) => !opening.includes(f))]
}

/**
 * The cover less a subtitle that a bullet says again word for word: a section that cannot spare
 * the lede (toldOnCover keeps it two points) shows it, and the cover then says nothing twice; nor
 * one the first section's title, a headline made of it, says again ("New vehicle sales in the
 * Houston area plunged 10 percent" of "… 10 percent last month").
 */
function withoutSaidSubtitle(cover: TitleSlide, body: readonly Slide[]): TitleSlide {
  const said = cover.subtitle ? key(cover.subtitle) : undefined
  const first = body.find((s) => s.kind === 'section')
  const titled = !!said && !!first && countWords(first.title) >= SAID_TITLE_WORDS && said.startsWith(key(first.title))
  if (!said || (!titled && !body.some((s) => s.kind === 'section' && s.bullets.some((b) => key(b.text) === said)))) return cover
  const { subtitle: _, ...rest } = cover
  return rest
}

/**
 * A section slide that only leads into its table or chart: all its bullets announce what follows
 * ("These were the top ten responses:"), or its one bullet leans on another sentence. Not a slide
 * of several points that lean on each other ("Por ejemplo, …", "Este método …" under "mirrord").
 */
function onlyLeans(a: Analysis, slide: SectionSlide): boolean {
  const ahead = (b: Bullet) => pointsAhead(a.sentences[sentenceAt(a, b.source.start)]!.text)
  return slide.bullets.every(ahead) || (slide.bullets.length === 1 && slide.bullets.every((b) => ahead(b) || refersBack(b.text, a.lang)))
}

export function planDeck(a: Analysis, options: Partial<DeckOptions> = {}): DeckPlan {
  const opts = resolveDeckOptions(options)
  const title = opts.title ?? a.title
  const { after, place, placeInOrder } = factPlaces(a)
  const charts = chartSeries(a)
  for (const series of charts) place(series.span.start, chartSlide(a, series))
  const shownTables = tablesToShow(a)
  const tableSlidesOf = shownTables.map((i) => ({ i, slides: tableSlides(a, i) }))
  // (no key figure that a table of the deck shows: "Revenue" in the highlights table)
  const keyFigure = keyFigureSlide(a, new Set(charts.flatMap((s) => s.items.map((i) => i.figure))), tableSlidesOf.flatMap((t) => t.slides.flatMap(shownLabels)))
  if (keyFigure) place(keyFigure.notes[0]?.source?.start ?? 0, keyFigure)
  const cost = costSlide(a)
  if (cost) place(cost.notes[0]?.source?.start ?? 0, cost)
  // (no quote of the sentence the key figure's slide shows whole: "… killed more than 10 civilians in Darfur" twice)
  const figureSentence = keyFigure?.notes[0]?.source ? sentenceAt(a, keyFigure.notes[0].source.start) : -1
  const quotes = quoteSlides(a, Math.max(2, Math.min(6, Math.ceil(a.sections.length / 2) + 1))).filter((q) => !q.notes.some((n) => sentenceAt(a, n.source?.start ?? q.span.start) === figureSentence))
  for (const q of quotes) place(q.span.start, q)
  for (const { i, slides } of tableSlidesOf) for (const s of slides) place(a.article.tables[i]!.start, s)
  const code = codeSlides(a)
  for (const s of code) placeInOrder(s.span.start, s)

  const figured = new Set(figureSentence >= 0 ? [figureSentence] : [])
  // a quote's sentences and the sentences that introduce a table shown ("… the wrong alignment here:") are said on their own slides
  const quoted = quotes.flatMap((q) => q.notes.map((n) => sentenceAt(a, n.source?.start ?? q.span.start)))
  const leadIns = [...shownTables.flatMap((i) => tableLeadIn(a, a.article.tables[i]!) ?? []), ...code.flatMap((s) => codeLeadIn(a, s) ?? [])]
  const cover = titleSlide(a, title, opts)
  // (nor is a point the cover's subtitle tells: its place goes to the next point)
  // (nor what a chart shows whole: its bars' own sentences, the question it answers)
  const charted = charts.flatMap((series) => chartedSentences(a, series))
  // (nor what a table slide shows: a sentence giving only the table's numbers)
  const tabled = tabledSentences(a, tableSlidesOf)
  const { body, takeaways, closing } = sectionsAndTakeaways(a, after, new Set([...quoted, ...leadIns, ...charted, ...tabled, ...toldOnCover(a, cover.subtitle)]), figured)
  const shownBody = ledeFigureFirst(a, withoutLeadIns(a, withoutRepeatedFigure(a, body, cover.subtitle)))
  // (a cover left without a subtitle takes the question the writer frames the story with)
  const framed = withoutSaidSubtitle(cover, shownBody)
  const question = framed.subtitle || opts.subtitle ? undefined : openingQuestion(a)
  let slides: Slide[] = [question ? { ...framed, subtitle: question } : framed]
  const withSlide = new Set(shownBody.flatMap((s) => (s.kind === 'section' ? [s.section] : [])))
  if (outlined(a)) slides.push(agendaSlide(a, withSlide, [], closing))
  slides.push(...withPeople(shownBody, peopleSlide(a, [...shownBody, ...(takeaways ? [takeaways] : [])])))
  if (takeaways && a.sections.length > 1) slides.push(takeaways)
  const sources = sourcesSlide(a, title, opts)
  if (sources) slides.push(sources)
  slides = withInlineCode(a, namesSaidOnce(a, titleTableSlides(a, joinThinContinued(noContinuedFirst(slides, a.lang), a.lang), title)))
  // the agenda names the tables under headings of their own by their slides' titles, known only now
  const tables = tablesUnderOwnHeadings(a, slides)
  if (tables.length > 0) slides = slides.map((s) => (s.kind === 'agenda' ? agendaSlide(a, withSlide, tables, closing) : s))

  const notices: string[] = [...a.notices]
  if (shownTables.length < a.article.tables.length) notices.push(localeFor('en').table.leftOut(a.article.tables.length - shownTables.length, shownTables.length))
  const max = opts.maxSlides ?? DEFAULT_MAX_SLIDES
  const capped = capSlides(slides, max)
  if (capped.length < slides.length) {
    const why = opts.maxSlides ? `--max-slides ${max}` : `at most ${max} slides by default (--max-slides N to change)`
    notices.push(`${why}: kept ${capped.length} of ${slides.length} slides (dropped ${slides.length - capped.length}).`)
  }
  return { title, lang: a.lang, options: opts, slides: capped, notices }
}

/**
 * Where the fact slides go: after the slides of the section holding their offset (`after`:
 * section index → its fact slides). `place` adds one after those placed before it;
 * `placeInOrder` among them where the article shows it (code before the table that follows
 * it: "Rust had inconsistent alignment" before the ABI's table).
 */
function factPlaces(a: Analysis) {
  const after = new Map<number, Slide[]>()
  const placedAt = new Map<Slide, number>()
  const place = (offset: number, slide: Slide) => {
    const i = sectionOf(a, offset)
    after.set(i, [...(after.get(i) ?? []), slide])
    placedAt.set(slide, offset)
  }
  const placeInOrder = (offset: number, slide: Slide) => {
    const i = sectionOf(a, offset)
    const placed = after.get(i) ?? []
    const at = placed.findIndex((s) => (placedAt.get(s) ?? -1) > offset)
    after.set(i, at < 0 ? [...placed, slide] : [...placed.slice(0, at), slide, ...placed.slice(at)])
    placedAt.set(slide, offset)
  }
  return { after, place, placeInOrder }
}

/** The body with the "Who's who" slide after the first section's slides (the story told first, then its people). */
function withPeople(body: readonly Slide[], people: PeopleSlide | undefined): Slide[] {
  if (!people) return [...body]
  const at = body.findIndex((s) => s.kind === 'section' && s.section > 0)
  return at < 0 ? [...body, people] : [...body.slice(0, at), people, ...body.slice(at)]
}

/**
 * A section slide whose only bullet announces what comes next and a table follows it ("Weighted-
 * average shares used to compute earnings per share:", written after the table in a release)
 * says nothing the table slide does not: left out.
 */
function withoutLeadIns(a: Analysis, body: readonly Slide[]): Slide[] {
  return body.filter((s, i) => {
    if (s.kind !== 'section' || s.bullets.length !== 1 || body[i + 1]?.kind !== 'table') return true
    const end = s.bullets[0]!.source.end
    return !/:\s*$/.test(a.article.text.slice(Math.max(0, end - 2), end + 1))
  })
}

/**
 * A key figure from the story's first sentence ("Les députés ont … adopté à une large majorité
 * (438 contre 86 …) le projet de loi") opens the body: the outcome first, then the section that
 * details it (which had shown who voted against before the result).
 */
function ledeFigureFirst(a: Analysis, body: readonly Slide[]): Slide[] {
  const i = body.findIndex((s) => s.kind === 'key-figure')
  const figure = body[i]
  const lede = a.sections[0]?.paragraphs.map((p) => a.paragraphs[p]!.sentences[0]).find((x) => x !== undefined)
  if (figure?.kind !== 'key-figure' || !figure.notes[0]?.source || lede === undefined || sentenceAt(a, figure.notes[0].source.start) !== lede) return [...body]
  return [figure, ...body.filter((_, j) => j !== i)]
}

/**
 * A key figure whose sentence a section slide shows as a bullet, figure and all (the slide before,
 * or a page before it of the same section), or as its title, would say the same number twice.
 * That bullet leaves its slide, and the figure's slide says the sentence under the number, when
 * the slide keeps enough bullets without it and the one after it does not point back to it; else
 * (and always under such a title) the key figure's slide goes. A bullet compressed without the
 * figure from the sentence the figure's context shows whole ("Les députés ont adopté à une large
 * majorité …" beside "438") would say it twice too: the bullet stays (it does not say the number),
 * and under the number goes only the piece the bullet left out that gives it ("438 contre 86 et
 * 42 abstentions"; leftOut), or nothing. A key figure the cover's subtitle says, compressed from
 * the figure's own sentence, goes too.
 */
function withoutRepeatedFigure(a: Analysis, body: readonly Slide[], subtitle?: string): Slide[] {
  const out = [...body]
  const i = out.findIndex((s) => s.kind === 'key-figure')
  const figure = out[i]
  if (figure?.kind !== 'key-figure' || !figure.notes[0]?.source) return out
  const sentence = sentenceAt(a, figure.notes[0].source.start)
  const digits = (text: string) => text.replace(/\D+/g, ' ')
  const number = digits(figure.value).trim().split(' ')[0] ?? ''
  const says = (text: string) => ` ${digits(text)} `.includes(` ${number} `)
  // the cover's subtitle gave it already, compressed from the figure's own sentence ("… an AirAsia plane carrying 162 people");
  // a subtitle written apart (the page's description) is read as the talk's subject, and the figure keeps its slide
  if (subtitle && says(subtitle) && madeFrom(subtitle, a.sentences[sentence]!.text)) return out.filter((_, j) => j !== i)
  // its section is titled with the figure's sentence ("Yahoo’s $4.8 billion sale to Verizon is a complicated beast"): it goes
  const section = a.sections[sectionOf(a, a.sentences[sentence]!.start)]
  if (section?.titleFrom === 'headline' && section.titleSentence === sentence && says(section.title)) return out.filter((_, j) => j !== i)
  // a bullet of the sentence says it again, number or not, when the figure's context shows it whole
  const tells = (text: string) => says(text) || (figure.context !== undefined && madeFrom(text, figure.context))
  const holder = pageSaying(a, out.slice(0, i), sentence, tells)
  if (!holder) return out
  const { j, at } = holder
  const page = out[j] as SectionSlide
  // (a page with a "(cont.)" page after it keeps as many as one; the bullet after it may be that page's first)
  const after = out[j + 1]
  const continues = after?.kind === 'section' && after.section === page.section
  const next = page.bullets[at + 1] ?? (continues ? after.bullets[0] : undefined)
  const spared = page.bullets.length - 1 >= (page.continued || continues ? MIN_CONTINUED : MIN_SPARED) && !(next && refersBack(next.text, a.lang))
  // (a bullet without the number keeps its place: under the figure, only what the bullet left out of the sentence)
  if (!says(page.bullets[at]!.text)) out[i] = withContext(figure, leftOut(a, sentence, page.bullets[at]!.text, says))
  else if (spared && figure.context) out[j] = { ...page, bullets: page.bullets.filter((_, k) => k !== at) }
  else out.splice(i, 1)
  return out
}

/** A key figure's slide with another context, or without one. */
function withContext(figure: KeyFigureSlide, context: string | undefined): KeyFigureSlide {
  const { context: _, ...rest } = figure
  return context ? { ...rest, context } : rest
}

/** Fewest words of a piece a bullet left out that a key figure's slide shows under the number. */
const MIN_LEFT_OUT_WORDS = 3

/**
 * The piece of the sentence its bullet left out that gives the figure ("438 contre 86 et 42
 * abstentions" for "Les députés ont adopté à une large majorité le projet de loi …"; "produced
 * with a remarkably low training cost of under $6 million"): what the figure's slide adds to the
 * bullet. Undefined when the bullet is not the sentence's key point or no such piece is whole.
 */
function leftOut(a: Analysis, sentence: number, bullet: string, says: (text: string) => boolean): string | undefined {
  const k = a.sections.flatMap((s) => s.keyPoints).find((p) => p.sentence === sentence && p.text === bullet)
  const s = a.sentences[sentence]!
  if (!k || k.pieces.length === 0) return undefined
  const bounds = [s.start, ...k.pieces.flatMap((p) => [p.start, p.end]), s.end]
  for (let g = 0; g < bounds.length; g += 2) {
    const gap = a.article.text.slice(bounds[g], bounds[g + 1]).replace(/^[\s,;:(—–-]+|[\s,;:).—–-]+$/gu, '')
    if (says(gap) && countWords(gap) >= MIN_LEFT_OUT_WORDS && countWords(gap) <= SLIDE_BUDGET.contextWords && !/[()]/u.test(gap)) return capitalFirstLetter(gap, a.lang)
  }
  return undefined
}

/** Whether a line is made of a sentence's words (the cover's subtitle compressed from the lede), not written apart from it. */
function madeFrom(line: string, sentence: string): boolean {
  const words = (t: string) => t.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const own = new Set(words(sentence))
  return words(line).every((w) => own.has(w))
}

/** The section slide among `slides` (the last first) with a bullet of `sentence` that says the figure, and where on it. */
function pageSaying(a: Analysis, slides: readonly Slide[], sentence: number, says: (text: string) => boolean): { j: number; at: number } | undefined {
  for (let j = slides.length - 1; j >= 0; j--) {
    const s = slides[j]!
    if (s.kind !== 'section') continue
    const at = s.bullets.findIndex((b) => sentenceAt(a, b.source.start) === sentence && says(b.text))
    if (at >= 0) return { j, at }
  }
  return undefined
}

/** Bullets a first section slide keeps at least when its key figure's sentence leaves it. */
const MIN_SPARED = 2

/**
 * Whether the takeaways found are conclusions a presenter would close on: two of them at least
 * judge ("Privacy should not be a luxury good", "… must exercise the power of their words with
 * restraint"). A report of events (a news story) draws none: its leftover facts would read as
 * random sentences, and the deck ends on its last section; nor does a specification (its
 * sentences are rules).
 */
function drawsConclusions(a: Analysis, takeaways: readonly KeyPoint[]): boolean {
  return !specifies(a) && takeaways.filter((k) => judges(a.sentences[k.sentence]!.text, a.lang)).length >= MIN_JUDGING
}

/** Takeaways that judge, at least, for a takeaways slide. */
const MIN_JUDGING = 2

/** How many of the last sections may be the one the article concludes under. */
const CLOSING_SECTIONS = 3

/**
 * Whether one of the article's last sections is headed as its conclusions ("Conclusion",
 * "Lessons learned", "Where do we go from here? …", "Fazit"; locale `sections.concluding`).
 */
export function endsOnConclusions(a: Analysis): boolean {
  const concluding = localeFor(a.lang).sections.concluding
  // (the last sections of the article's own, a section's parts counted with it)
  return a.sections.filter((s) => !s.part).slice(-CLOSING_SECTIONS).some((s) => {
    if (s.titleFrom !== 'heading') return false
    const heading = s.title.replace(/^[\dIVX]+[.)]\s+/u, '').toLocaleLowerCase(a.lang).replace(/[.!。！]+$/u, '').trim()
    return concluding.some((c) => heading === c || (heading.startsWith(c) && /^\s*[:?：？–—-]/u.test(heading.slice(c.length))))
  })
}

/** Keeps the `max` most important slides in their original order. */
export function capSlides(slides: readonly Slide[], max: number): Slide[] {
  if (slides.length <= max) return [...slides]
  const ranked = slides
    .map((s, i) => ({ s, i, p: PRIORITY[s.kind] + (s.kind === 'section' && s.continued ? 7.5 : 0) }))
    .sort((x, y) => x.p - y.p || x.i - y.i)
    .slice(0, Math.max(1, max))
  return ranked.sort((x, y) => x.i - y.i).map((x) => x.s)
}

/**
 * The slides with no "(cont.)" on a section slide whose title no slide before it bears: the part
 * it goes on from has no slide of its own (its only point a paragraph too long to show), so it
 * opens the part itself.
 */
export function noContinuedFirst(slides: readonly Slide[], lang: string): Slide[] {
  const continued = localeFor(lang).slide.continued
  const seen = new Set<string>()
  return slides.map((s) => {
    if (s.kind !== 'section' || !s.title.endsWith(continued)) {
      seen.add(s.title)
      return s
    }
    const base = s.title.slice(0, -continued.length)
    if (seen.has(base)) return s
    seen.add(base)
    return { ...s, title: base, continued: false }
  })
}
