/**
 * The analyze stage: Article → Analysis (sentences, sections with titles and key points,
 * quotes, terms, entities, figures, cost comparisons). Pure and deterministic.
 */
import type { Analysis, Article, Block, Entity, Paragraph, Section, Sentence, Span } from '../types.ts'
import { opensInLowerCase } from './stand-alone.ts'
import { findComparisons } from './comparisons.ts'
import { tagForCompression } from './compress.ts'
import { extractEntities } from './entities.ts'
import { extractFigures } from './figures.ts'
import { articleVectors, shortLineTexts, rankKeyPoints, type Bullet } from './key-points.ts'
import { detectLanguage } from './language.ts'
import { localeFor } from '../locales/index.ts'
import { extractQuotes } from './quotes.ts'
import { limitParagraphs } from './limit.ts'
import { listContinuations, statItems } from './list-items.ts'
import { wordsKey } from './script.ts'
import { findSections, type SectionDraft } from './sections.ts'
import { mergeThinSections } from './thin-sections.ts'
import { findSeries } from './series.ts'
import { splitSentences } from './sentences.ts'
import { deriveArticleTitle, headingsInTitleCase, headingTitle, headingWithSub, namedWords, sectionTitles, sentenceCase } from './titles.ts'
import { phrasesName } from './keyphrases.ts'
import { FORMULA } from '../ingest/formulas.ts'
import { headlineCandidates, headlineSource, headlineTried } from './headlines.ts'
import { subjectNamer } from './subject-names.ts'

const BODY_KINDS = new Set(['paragraph', 'list-item', 'blockquote'])

/**
 * The text with every table's and code block's characters blanked (line breaks kept): offsets
 * stay valid. A program's numbers and strings ("mul_one 110", "print(\"done\")") are no figures,
 * quotes or names of the article's prose.
 */
export function withoutTablesAndCode(text: string, article: Article): string {
  const spans = [...article.tables, ...article.blocks.filter((b) => b.kind === 'code')].sort((x, y) => x.start - y.start)
  if (spans.length === 0) return text
  let out = ''
  let at = 0
  for (const t of spans) {
    if (t.start >= text.length) break
    if (t.start < at) continue
    const end = Math.min(t.end, text.length)
    out += text.slice(at, t.start) + text.slice(t.start, end).replace(/[^\n]/g, ' ')
    at = end
  }
  return out + text.slice(at)
}

export interface AnalyzeOptions {
  /** Analyse at most this many words of the body (default MAX_ANALYSED_WORDS). */
  maxWords?: number
}

export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  const all: Paragraph[] = []
  article.blocks.forEach((b, block) => {
    if (BODY_KINDS.has(b.kind)) all.push({ start: b.start, end: b.end, block, sentences: [] })
  })
  const limited = limitParagraphs(article.text, all, options.maxWords)
  const { paragraphs } = limited
  // the facts are read from the analysed part only; a prefix keeps every offset valid
  const text = limited.paragraphs.length < all.length || limited.end < (all.at(-1)?.end ?? 0) ? article.text.slice(0, limited.end) : article.text
  const notices =
    limited.analysedWords < limited.totalWords
      ? [`the article has ${limited.totalWords.toLocaleString('en')} words; the deck is made from its first ${limited.analysedWords.toLocaleString('en')}`]
      : []
  const body = paragraphs.map((p) => text.slice(p.start, p.end)).join('\n')
  const lang = detectLanguage(body, article.meta.lang)
  const sentences = splitSentences(text, paragraphs, lang)
  sentences.forEach((s, i) => paragraphs[s.paragraph]!.sentences.push(i))

  // tables and code are not prose: their cells and lines never become people, quotes or figures of a sentence
  const prose = withoutTablesAndCode(text, article)
  const entities = extractEntities(prose, article.meta.title ?? '')
  const { quotes, terms } = extractQuotes(prose, sentences, entities, (p) => article.blocks[paragraphs[p]!.block]?.kind === 'blockquote')
  // (a title set in capitals, "(V) ILLUSTRATIVE CASES", as a slide writes one)
  const own = article.meta.title?.trim() && sentenceCase(article.meta.title.trim(), false, lang, namedWords(body, lang))
  const title = own || deriveArticleTitle(body, entities, lang)
  // (an organisation the text names only where it credits a speaker: "a professor at Purdue University"; not the club the story is about)
  const lower = body.toLocaleLowerCase()
  const namedOnce = (name: string) => lower.indexOf(name) === lower.lastIndexOf(name)
  const affiliations = new Set(quotes.flatMap((q) => (q.affiliation ? [q.affiliation.toLocaleLowerCase()] : [])).filter(namedOnce))
  const sections = buildSections(article, text, paragraphs, sentences, lang, entities, new Set(quotes.map((q) => q.sentence)), title, affiliations)

  const figures = extractFigures(prose, sentences)
  const comparisons = findComparisons(prose, sentences, figures)
  const analysis: Analysis = {
    article,
    title,
    titleFrom: own ? 'article' : 'derived',
    lang,
    paragraphs,
    sentences,
    sections,
    quotes,
    terms,
    entities,
    figures,
    comparisons,
    series: [],
    notices,
  }
  analysis.series = findSeries(prose, analysis)
  return analysis
}

/**
 * Sentences of paragraphs and quoted blocks (not list items, which may open in lower case) that
 * open on a common word in lower case: the rest of a sentence, or a reply quoted in pieces
 * (stand-alone.ts `opensInLowerCase`). English only.
 */
function lowerCaseOpenings(article: Article, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], lang: string): number[] {
  if (lang !== 'en') return []
  return sentences.flatMap((s, i) => (article.blocks[paragraphs[s.paragraph]!.block]?.kind !== 'list-item' && opensInLowerCase(s.text) ? [i] : []))
}

/** Sentences of an interview's turns that its writer speaks (ingest/interview.ts): the questions and asides, no point of the one interviewed. */
function interviewersTurns(article: Article, paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): number[] {
  const writer = article.meta.byline
  const asks = (b: Block | undefined) => !!b && (b.asked === true || (writer !== undefined && b.speaker === writer))
  return sentences.flatMap((s, i) => (asks(article.blocks[paragraphs[s.paragraph]!.block]) ? [i] : []))
}

/** Sentences the article wrote before, word for word (a page may print a paragraph twice): no point of their own, the first one says it. */
function saidAgain(sentences: readonly Sentence[]): number[] {
  const seen = new Set<string>()
  return sentences.flatMap((s, i) => {
    const key = wordsKey(s.text)
    if (key.split(' ').length < 4 || !seen.has(key)) {
      seen.add(key)
      return []
    }
    return [i]
  })
}

/** The article's sections, each with its ranked key points and a title. */
function buildSections(article: Article, text: string, paragraphs: Paragraph[], sentences: Sentence[], lang: string, entities: readonly Entity[], quoted: ReadonlySet<number>, deckTitle: string, affiliations: ReadonlySet<string>): Section[] {
  const tags = tagForCompression(sentences.map((s) => s.text), lang === 'en' ? shortLineTexts(sentences) : [])
  const vectors = articleVectors(sentences, lang)
  const memo = new Map<number, Bullet>()
  const fragments = new Set([...listContinuations(article, paragraphs, sentences, lang), ...lowerCaseOpenings(article, paragraphs, sentences, lang), ...saidAgain(sentences), ...interviewersTurns(article, paragraphs, sentences)])
  const named = lang === 'en' ? subjectNamer(text, sentences, entities) : undefined
  // (no point of a sentence holding a formula the page could not give as text: a bullet of it would have a hole)
  const stats = statItems(article, paragraphs, sentences)
  const rank = (d: SectionDraft) => rankKeyPoints(sentences, d.paragraphs.flatMap((p) => paragraphs[p]!.sentences).filter((i) => !sentences[i]!.text.includes(FORMULA)), lang, tags, vectors, memo, fragments, named, stats)
  const ranked = mergeThinSections(findSections(article, paragraphs, lang).map((draft) => ({ draft, keyPoints: rank(draft) })), quoted, rank)
  const drafts = ranked.map((r) => r.draft)
  const keyPoints = ranked.map((r) => r.keyPoints)
  // the sentences a section without a heading may take its headline from are compressed
  // further: those not tagged yet for their key points are, in a second pass
  const tried = lang === 'en' ? drafts.flatMap((d, i) => (d.heading ? [] : headlineTried(keyPoints[i]!).map((k) => headlineSource(k.sentence, sentences, named)))) : []
  const headlineTags = tried.length > 0 ? tagForCompression([], tried, tags) : tags
  // (not an item of a list among the section's prose: one of "three major features", not the section's point)
  const inList = (p: number) => article.blocks[paragraphs[p]!.block]?.kind === 'list-item'
  const headlines = drafts.map((d, i) => (d.heading ? [] : headlineCandidates(keyPoints[i]!, sentences, lang, headlineTags, named).filter((h) => !inList(sentences[h.sentence]!.paragraph) || d.paragraphs.every(inList))))
  const titles = sectionTitles(
    drafts.map((d) => d.paragraphs.map((p) => text.slice(paragraphs[p]!.start, paragraphs[p]!.end)).join('\n')),
    headingsOf(drafts, text, lang),
    lang,
    keyPoints.map((kps) => kps.slice(0, 2).map((k) => sentences[k.sentence]!.text).join(' ')),
    { headlines: headlines.map((hs) => hs.map((h) => h.text)), subjects: drafts.map((d) => mainSubject(entities, d)), personWords: personWords(entities), deckTitle, affiliations },
  )
  const titleCase = headingsInTitleCase(drafts.flatMap((d) => (d.heading ? [text.slice(d.heading.start, d.heading.end)] : [])), lang)
  const chosen = headlines.map((hs, i) => hs.find((h) => h.text === titles[i]))
  const goesOn = goOnUnderHeadings(drafts, titles, chosen, lang)
  // (a section's other headlines: a later page's title)
  const others = headlines.map((hs, i) => hs.filter((h) => h !== chosen[i]))
  return drafts.map((d, i) => {
    const headline = chosen[i]
    return {
      start: d.start,
      end: d.end,
      title: titles[i]!,
      titleFrom: d.heading || goesOn.has(i) ? 'heading' : headline ? 'headline' : i === 0 && titles[i] === localeFor(lang).slide.introduction ? 'introduction' : 'keyphrases',
      ...(d.heading ? { heading: d.heading } : {}),
      ...(d.subheading ? { subheading: { ...d.subheading, title: headingTitle(text.slice(d.subheading.start, d.subheading.end), titleCase, lang) } } : {}),
      ...(headline ? { titleSentence: headline.sentence } : {}),
      ...(others[i]!.length > 0 ? { headlines: others[i]! } : {}),
      ...(d.part ? { part: true } : {}),
      paragraphs: d.paragraphs,
      keyPoints: keyPoints[i]!,
    }
  })
}

/**
 * The sections' own headings; a subheading the article writes under several sections ("How to
 * avoid it" under each pitfall) with its section's heading before it, "1. Neglecting resource
 * requests: How to avoid it": alone, the deck's slides would share one title and not say which.
 */
function headingsOf(drafts: readonly SectionDraft[], text: string, lang: string): Array<string | undefined> {
  const own = drafts.map((d) => (d.heading ? text.slice(d.heading.start, d.heading.end).trim() : undefined))
  const count = new Map<string, number>()
  for (const h of own) if (h !== undefined) count.set(h.toLowerCase(), (count.get(h.toLowerCase()) ?? 0) + 1)
  return own.map((h, i) => {
    const parent = drafts[i]!.parentHeading
    if (h === undefined || !parent || (count.get(h.toLowerCase()) ?? 0) < 2) return h
    return headingWithSub(text.slice(parent.start, parent.end).trim(), h, lang)
  })
}

/**
 * A later part of a section under the article's own heading whose topic would be two key phrases
 * joined ("Lists & item", "People & kinds"), or any key phrase in a language whose phrases may end
 * on any word (keyphrases.ts: phrasesName), goes on under that heading ("… (cont.)"): `titles`
 * are changed in place; the indices of the parts that go on are returned.
 */
function goOnUnderHeadings(drafts: readonly SectionDraft[], titles: string[], chosen: ReadonlyArray<unknown>, lang: string): Set<number> {
  const continued = localeFor(lang).slide.continued
  const goesOn = new Set<number>()
  // (the parts before the first heading go on under the introduction)
  let parent = titles[0] === localeFor(lang).slide.introduction ? 0 : -1
  drafts.forEach((d, i) => {
    if (d.heading) parent = i
    // (in a language whose key phrases may end on any word, every one of them: "Souhaitent voir décerner")
    // (not a part under a subheading of its own: "### Timeline")
    if (!d.part || d.heading || chosen[i] || parent < 0 || (phrasesName(lang) && !/ & /u.test(titles[i]!))) return
    titles[i] = `${titles[parent]!.replace(continued, '')}${continued}`
    goesOn.add(i)
  })
  return goesOn
}

/** The words of the people's names the article holds ("tom", "forte"), in lower case. */
function personWords(entities: readonly Entity[]): Set<string> {
  return new Set(entities.filter((e) => e.kind === 'person').flatMap((e) => e.name.toLocaleLowerCase().split(/\s+/)))
}

/**
 * The organisation or place named most often in the span (twice at least); a person only when
 * no organisation or place is: a person is more often the one who speaks than the subject.
 */
function mainSubject(entities: readonly Entity[], span: Span): string | undefined {
  const named = entities
    .map((e) => ({ e, n: e.mentions.filter((m) => m.start >= span.start && m.end <= span.end).length }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n || a.e.name.localeCompare(b.e.name))
  return (named.find((x) => x.e.kind !== 'person') ?? named[0])?.e.name
}
