/** Markdown for each kind of slide. Every piece of article text goes through ./escape.ts. */
import type { Bullet, Note, Slide } from '../types.ts'
import { en } from '../locales/en.ts'
import { localeFor } from '../locales/index.ts'
import { htmlAttr, jsonAttr, mdInline, mdNote, safeUrl } from './escape.ts'

export interface SlideContext {
  lang: string
}

/** Title length (characters) above which the heading gets a smaller size to stay on one line. */
const LONG_TITLE = 38

/** Per-slide frontmatter entries (without the title slide's, which live in the headmatter). */
export function slideFrontmatter(slide: Slide): Record<string, string> {
  const fm: Record<string, string> = {}
  if (slide.kind === 'quote' || slide.kind === 'key-figure') fm.layout = 'center'
  const classes = [`dw-${slide.kind}`]
  if (slide.title.length > LONG_TITLE) classes.push('dw-long-title')
  if (slide.kind === 'agenda' && slide.items.length > 5) classes.push('dw-two-columns')
  fm.class = classes.join(' ')
  return fm
}

export function slideBody(slide: Slide, ctx: SlideContext): string {
  const lines: string[] = []
  lines.push(`# ${mdInline(slide.title)}`, '')
  switch (slide.kind) {
    case 'title':
      if (slide.subtitle) lines.push(mdInline(slide.subtitle), '')
      {
        const meta = [slide.byline, slide.date].filter((x): x is string => !!x).map(mdInline)
        if (meta.length) lines.push(`<div class="dw-byline">\n\n${meta.join(' · ')}\n\n</div>`, '')
      }
      break
    case 'agenda':
      slide.items.forEach((item, i) => lines.push(`${i + 1}. ${mdInline(item)}`))
      lines.push('')
      break
    case 'section':
    case 'takeaways':
      lines.push(...bullets(slide.bullets), '')
      break
    case 'quote':
      lines.push(
        `<Quote${attrs({
          text: slide.text,
          speaker: slide.speaker,
          affiliation: slide.affiliation,
          source: slide.source,
          kind: slide.quoteKind,
          lang: ctx.lang,
        })} />`,
        '',
      )
      break
    case 'cost':
      lines.push(`<CostComparison${attrs({ caption: slide.caption, locale: ctx.lang })} :items='${jsonAttr(slide.items)}' />`, '')
      break
    case 'key-figure':
      lines.push(`<KeyFigure${attrs({ value: slide.value, label: slide.label, context: slide.context })} />`, '')
      break
    case 'sources': {
      const t = localeFor(ctx.lang).slide
      lines.push(`- ${mdInline(t.article)}: ${mdInline(slide.articleTitle)}`)
      if (slide.author) lines.push(`- ${mdInline(t.author)}: ${mdInline(slide.author)}`)
      if (slide.date) lines.push(`- ${mdInline(t.published)}: ${mdInline(slide.date)}`)
      const url = safeUrl(slide.url)
      if (url) lines.push(`- ${mdInline(t.source)}: [${mdInline(slide.url!)}](${url})`)
      lines.push(`- ${mdInline(t.generatedFrom)} ${mdInline(originLabel(slide.origin, t.standardInput))}`, '')
      break
    }
  }
  lines.push(notes(slide.notes))
  return lines.join('\n')
}

function bullets(list: readonly Bullet[]): string[] {
  return list.map((b) => `- ${mdInline(b.text)}`)
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
