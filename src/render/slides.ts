/** Markdown for each kind of slide. Every piece of article text goes through ./escape.ts. */
import type { Bullet, ChartSlide, Note, QuoteSlide, SectionSlide, Slide, SlideKind, SourcesSlide, TableSlide, TakeawaysSlide, TitleSlide } from '../types.ts'
import { en } from '../locales/en.ts'
import { localeFor } from '../locales/index.ts'
import { CODE_TAG } from '../deck-fonts.ts'
import { htmlAttr, jsonAttr, mdInline, mdInlineCode, mdNote, safeUrl } from './escape.ts'
import { countWords } from '../analyze/script.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'

export interface SlideContext {
  lang: string
}

/**
 * Slidev layout of each kind of slide (undefined: the theme's default). The deck styles lay out
 * every kind themselves (title on top, body centred below it, styles/index.css).
 */
const LAYOUT: Readonly<Record<SlideKind, string | undefined>> = {
  title: undefined, agenda: undefined, section: undefined, quote: undefined, cost: undefined,
  'key-figure': undefined, table: undefined, chart: undefined, people: undefined, takeaways: undefined, code: undefined, sources: undefined,
}

/** A list of more names than one column of bullets holds ("serde", "tokio", …, "lazy_static"): two columns. */
function namesInColumns(slide: SectionSlide): boolean {
  return slide.bullets.length > SLIDE_BUDGET.bullets && slide.bullets.every((b) => countWords(b.text) <= SLIDE_BUDGET.nameWords)
}

/** Per-slide frontmatter entries (without the title slide's, which live in the headmatter). */
export function slideFrontmatter(slide: Slide): Record<string, string> {
  const fm: Record<string, string> = {}
  const layout = LAYOUT[slide.kind]
  if (layout) fm.layout = layout
  const classes = [`dw-${slide.kind}`]
  if (slide.kind === 'agenda' && slide.items.length > 18) classes.push('dw-three-columns')
  else if (slide.kind === 'agenda' && slide.items.length > 5) classes.push('dw-two-columns')
  else if (slide.kind === 'section' && namesInColumns(slide)) classes.push('dw-two-columns')
  fm.class = classes.join(' ')
  return fm
}

export function slideBody(slide: Slide, ctx: SlideContext): string {
  return [`# ${mdInline(slide.title)}`, '', ...content(slide, ctx), notes(slide.notes)].join('\n')
}

/** A title that opens on its own number: "1. Garage", "7) Foundations", "Step 3: …". */
const OWN_NUMBER = /^(?:\d{1,2}[.)]\s|(?:step|part|tip|day|chapter)\s+\d{1,2}\b)/iu

/** The lines under a slide's title, by kind; a kind without a case here does not compile. */
function content(slide: Slide, ctx: SlideContext): string[] {
  switch (slide.kind) {
    case 'title':
      return titleContent(slide)
    case 'agenda': {
      // (titles that carry their own numbers, "1. Garage", are not numbered again: "2. 1. Garage")
      const marked = slide.items.some((t) => OWN_NUMBER.test(t))
      return [...slide.items.map((item, i) => `${marked ? '-' : `${i + 1}.`} ${mdInline(item)}`), '']
    }
    case 'section':
      return [...leadLine(slide), ...bullets(slide.bullets), '', ...voiceLine(slide, ctx)]
    case 'takeaways':
      return [...bullets(slide.bullets), '', ...voiceLine(slide, ctx)]
    case 'code':
      return [`${CODE_TAG}:blocks='${jsonAttr(slide.blocks)}' />`, '']
    case 'quote':
      return [quoteTag(slide, ctx), '']
    case 'cost':
      return [`<CostComparison${attrs({ caption: slide.caption, locale: ctx.lang })} :items='${jsonAttr(slide.items)}' />`, '']
    case 'key-figure':
      return [`<KeyFigure${attrs({ value: slide.value, label: slide.label, context: slide.context })} />`, '']
    case 'table':
      return [tableTag(slide, ctx), '']
    case 'chart':
      return [chartTag(slide, ctx), '']
    case 'people':
      return [...slide.people.map((p) => `- **${mdInline(p.name)}** — ${mdInline(p.description)}`), '']
    case 'sources':
      return sourcesContent(slide, ctx)
    default:
      return slide satisfies never
  }
}

/** Above the bullets of a list, the line that introduces it ("… unless you are:"). */
function leadLine(slide: SectionSlide): string[] {
  return slide.lead ? [`<div class="dw-lead">\n\n${mdInline(slide.lead)}\n\n</div>`, ''] : []
}

/** Under bullets in the first person: who "I" (the author) or "we" (a press release's issuer) is. */
function voiceLine(slide: SectionSlide | TakeawaysSlide, ctx: SlideContext): string[] {
  const t = localeFor(ctx.lang).slide
  const voice = slide.kind === 'section' ? slide.voice : undefined
  const speaker = slide.kind === 'section' ? slide.speaker : undefined
  const line = voice ? t.authorVoice(voice) : speaker ? t.speakerVoice(speaker) : slide.issuer ? t.issuerVoice(slide.issuer) : undefined
  return line ? [`<div class="dw-voice">\n\n${mdInline(line)}\n\n</div>`, ''] : []
}

/** Where the article is from, as a cover shows it: a web address by its site ("washingtonpost.com"; the sources slide has the whole address). */
export function sourceLabel(source: string): string {
  try {
    const u = new URL(source)
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.replace(/^www\./, '')
  } catch {
    // not an address: shown as written
  }
  return source
}

function titleContent(slide: TitleSlide): string[] {
  const lines: string[] = []
  if (slide.subtitle) lines.push(mdInline(slide.subtitle), '')
  const meta = [slide.byline, slide.date, slide.source && sourceLabel(slide.source)].filter((x): x is string => !!x).map(mdInline)
  if (meta.length) lines.push(`<div class="dw-byline">\n\n${meta.join(' · ')}\n\n</div>`, '')
  return lines
}

/** The caption is for screen readers only when the title already says it (also "Caption (cont.)"). */
function captionHidden(slide: TableSlide | ChartSlide): string {
  const rest = slide.title.startsWith(slide.caption) ? slide.title.slice(slide.caption.length) : undefined
  return rest !== undefined && /^(?:\s*[(（][^()（）]{1,16}[)）])?$/u.test(rest) ? ' caption-hidden' : ''
}

function tableTag(slide: TableSlide, ctx: SlideContext): string {
  const a = attrs({ caption: slide.caption, note: slide.note, locale: ctx.lang })
  const pages = slide.pageRows !== undefined ? ` :page-rows="${slide.pageRows}"` : ''
  return `<DataTable${a}${captionHidden(slide)}${pages} :columns='${jsonAttr(slide.columns)}' :rows='${jsonAttr(slide.rows)}' />`
}

function chartTag(slide: ChartSlide, ctx: SlideContext): string {
  return `<BarChart${attrs({ caption: slide.caption, unit: slide.unit, locale: ctx.lang })}${captionHidden(slide)} :items='${jsonAttr(slide.items)}' />`
}

function quoteTag(slide: QuoteSlide, ctx: SlideContext): string {
  const values = {
    text: slide.text,
    lead: slide.lead,
    speaker: slide.speaker,
    role: slide.role,
    affiliation: slide.affiliation,
    source: slide.source,
    kind: slide.quoteKind,
    lang: ctx.lang,
  }
  return `<Quote${attrs(values)} />`
}

function sourcesContent(slide: SourcesSlide, ctx: SlideContext): string[] {
  const t = localeFor(ctx.lang).slide
  const c = t.colon // the locale's own punctuation, written as it is
  const lines = [`- ${mdInline(t.article)}${c}${mdInline(slide.articleTitle)}`]
  if (slide.author) lines.push(`- ${mdInline(t.author)}${c}${mdInline(slide.author)}`)
  if (slide.issuer) lines.push(`- ${mdInline(t.issuedBy)}${c}${mdInline(slide.issuer)}`)
  if (slide.date) lines.push(`- ${mdInline(t.published)}${c}${mdInline(slide.date)}`)
  const url = safeUrl(slide.url)
  // where the text came from when it has an address; a local file's name ("article.txt") tells
  // an audience nothing, so it stays in the deck's info (no credit for the tool: the slide is the article's)
  if (url) lines.push(`- ${mdInline(t.source)}${c}[${mdInline(slide.url!)}](${url})`)
  lines.push('')
  return lines
}

function bullets(list: readonly Bullet[]): string[] {
  return list.map((b) => `- ${mdInlineCode(b.text, b.code)}`)
}

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0)
    .map(([k, v]) => ` ${k}="${htmlAttr(v)}"`)
    .join('')
}

function notes(list: readonly Note[]): string {
  const paragraphs = list.map((n) => mdNote(n.text)).filter(Boolean)
  return `<!--\n${paragraphs.join('\n\n')}\n-->`
}

/** The origin as shown to the audience: a URL, "standard input" (in the deck's words), or the file's name. */
export function originLabel(origin: string, standardInput: string = en.slide.standardInput): string {
  if (/^https?:\/\//i.test(origin)) return origin
  if (origin === '-') return standardInput
  return origin.split('/').pop() ?? origin
}
