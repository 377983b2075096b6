/**
 * The typed model that flows through deckwright's pipeline:
 *   ingest → Article → analyze → Analysis → plan → DeckPlan → render → markdown → export.
 * Every derived item keeps a Span into `Article.text` so it can be traced to its source.
 */

/** A half-open range [start, end) of UTF-16 offsets into `Article.text`. */
export interface Span {
  start: number
  end: number
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx'

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'code' | 'table'

/** A structural block of the cleaned text; its text is `article.text.slice(start, end)`. */
export interface Block extends Span {
  kind: BlockKind
  /** Heading level (1–6) for headings. */
  depth?: number
  /** Who speaks in the block: an interview's turn, its label left out of the text (ingest/interview.ts). */
  speaker?: string
  /** An interviewer's question set in bold before its answer (ingest/interview.ts): no point of the article's. */
  asked?: boolean
  /** The block's inline code ("`read_json`", `<code>`), in order: spans of `Article.text`. */
  code?: Span[]
  /** A list's item inside another list's item: how many lists hold its own (1 for a list inside an item). */
  nested?: number
}

export interface ArticleMeta {
  title?: string
  byline?: string
  /** As given by the source (ISO date when it could be parsed). */
  date?: string
  /** URL of the original article when known. */
  source?: string
  /** BCP 47 language tag when the source declares it. */
  lang?: string
  description?: string
  siteName?: string
}

/** The ingested article: cleaned plain text plus its block structure. */
export interface Article {
  /** Cleaned text. Blocks are separated by a blank line ("\n\n"). */
  text: string
  blocks: Block[]
  meta: ArticleMeta
  format: InputFormat
  /** A path, an http(s) URL, or "-" for standard input. */
  origin: string
  /** Lines dropped as scraped leftovers ("Leave a Reply", "Share this", ...). */
  removed: string[]
  /** The article's tables, one per 'table' block, in order. */
  tables: Table[]
}

/** A number read from a table cell: its value and how it is written. */
export interface CellNumber {
  /** Signed value as written (no scaling by a "(in thousands)" note). */
  value: number
  /** ISO 4217 code when the cell carries a currency sign ("$1,204" → USD). */
  currency?: string
  percent?: boolean
  /** A unit written after the number that is not a scale: "x", "pts", "bps". */
  unit?: string
  /** Written as a negative: "(299)", "-3.1", "−4%". */
  negative: boolean
}

/** One cell; its text is `article.text.slice(start, end)` (empty cells have start === end). */
export interface TableCell extends Span {
  text: string
  number?: CellNumber
}

/**
 * A table of the article. Its block's text holds the caption line (when the source gave one),
 * the note lines, then one line per row with cells separated by tabs; every cell is a span of it.
 * Every row has `columns` cells.
 */
export interface Table extends Span {
  /** Index into Article.blocks. */
  block: number
  caption?: TableCell
  /** Lines such as "(in thousands, except per share data)" or footnotes. */
  notes: TableCell[]
  /** Header rows, top to bottom. */
  head: TableCell[][]
  body: TableCell[][]
  columns: number
}

export interface Sentence extends Span {
  text: string
  /** Index into Analysis.paragraphs. */
  paragraph: number
}

/** A paragraph-like unit of body text (paragraph, list item, block quote). */
export interface Paragraph extends Span {
  /** Index into Article.blocks. */
  block: number
  /** Indices into Analysis.sentences. */
  sentences: number[]
}

/** A bullet compressed from one sentence by removing words, never adding any. */
export interface KeyPoint {
  /** Index into Analysis.sentences. */
  sentence: number
  text: string
  /** The pieces of the sentence kept in the bullet, in order. */
  pieces: Span[]
  /**
   * Where the text named the person the sentence's opening "He" or "She" means: the bullet's
   * text opens on that name, then the pieces ("Besecker said there’s little …").
   */
  named?: Span
  score: number
  /** How close the sentence's words are to the whole article's (cosine with its centroid): the gist. */
  gist: number
  /** False when the sentence gives no complete clause short enough for a bullet. */
  complete: boolean
}

export interface Section extends Span {
  title: string
  /**
   * heading: the article's own; headline: a central sentence of the section, compressed;
   * introduction: the locale's word for the text before an article's first heading; keyphrases: its key phrases.
   */
  titleFrom: 'heading' | 'headline' | 'introduction' | 'keyphrases'
  /** Span of the heading text when the article has one. */
  heading?: Span
  /** Span of the subheading the section's text opens under, right after its heading ("### We have a massive database" under "## Lessons learned"): its first slide names both. */
  subheading?: Span & { title: string }
  /** Index into Analysis.sentences: the sentence a headline title was compressed from. */
  titleSentence?: number
  /** A section without a heading: its headlines but the title, best first, each compressed from one of its central sentences (a later page's title). */
  headlines?: Array<{ text: string; sentence: number }>
  /** A later part of a long section under the article's own heading (its sub-topic). */
  part?: boolean
  /** Indices into Analysis.paragraphs. */
  paragraphs: number[]
  /** Most central first. */
  keyPoints: KeyPoint[]
}

export interface Quote {
  /** direct: words in quotation marks; paraphrase: an attributed statement without them. */
  kind: 'direct' | 'paraphrase'
  text: string
  span: Span
  speaker?: string
  affiliation?: string
  role?: string
  /** Index into Analysis.sentences. */
  sentence: number
  /** A paraphrase that is the object of the speaker's verb ("articulated the dichotomy between …"): a noun phrase, no statement. */
  object?: boolean
}

/** A scare-quoted term such as “distillation”. */
export interface Term {
  text: string
  span: Span
}

export type EntityKind = 'person' | 'organization' | 'place'

export interface Entity {
  kind: EntityKind
  name: string
  mentions: Span[]
}

export type Qualifier = 'under' | 'over' | 'about' | 'up to' | 'at least'

export interface MoneyFigure {
  kind: 'money'
  text: string
  span: Span
  /** The amount in currency units (e.g. 6_000_000). */
  value: number
  /** ISO 4217 code: USD, EUR, GBP, JPY, CNY, ... */
  currency: string
  unit?: 'thousand' | 'million' | 'billion' | 'trillion'
  qualifier?: Qualifier
  /** What the amount is the cost of, in the article's words, when stated. */
  subject?: string
  sentence: number
  /** The top of a range ("between $3 million and $4.5 million"): `value` is its bottom. */
  high?: number
}

export interface PercentFigure {
  kind: 'percent'
  text: string
  span: Span
  value: number
  qualifier?: Qualifier
  sentence: number
  /** The top of a range ("between 10% and 15%"). */
  high?: number
}

export interface CountFigure {
  kind: 'count'
  text: string
  span: Span
  value: number
  /** The counted noun ("users", "engineers") when stated. */
  noun?: string
  qualifier?: Qualifier
  sentence: number
  /** The top of a range ("between 300 and 400 engineers"). */
  high?: number
}

export type Figure = MoneyFigure | PercentFigure | CountFigure

/** One side of a cost comparison: an amount, or a counterpart whose amount is not stated. */
export interface ComparisonSide {
  label: string
  span: Span
  /** Absent when the article does not state an amount. */
  amount?: MoneyFigure
}

/** A money figure set against a counterpart in the same passage. */
export interface CostComparison {
  sides: ComparisonSide[]
  /** The passage (sentence span or pair of sentences) that makes the comparison. */
  span: Span
}

/** One item of a number series: a figure and what it is about. */
export interface SeriesItem {
  /** Index into Analysis.figures. */
  figure: number
  label: string
  /** Signed: a fall ("fell 17%") is negative. */
  value: number
}

/** Figures of one kind and unit in one passage: what a bar chart shows. */
export interface FigureSeries {
  kind: Figure['kind']
  /** ISO currency code, "%", "percentage points", or the counted noun. */
  unit: string
  /** Labels are periods, items in time order (else by size). */
  periods: boolean
  items: SeriesItem[]
  /** The passage the figures are in. */
  span: Span
}

export interface Analysis {
  article: Article
  title: string
  titleFrom: 'article' | 'derived'
  lang: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
  sections: Section[]
  quotes: Quote[]
  terms: Term[]
  entities: Entity[]
  figures: Figure[]
  comparisons: CostComparison[]
  series: FigureSeries[]
  /** What the presenter should know about the analysis (e.g. a long article cut short). */
  notices: string[]
}

// ---------------------------------------------------------------- deck plan

export interface Note {
  text: string
  source?: Span
}

export interface Bullet {
  text: string
  /** The source sentence's span. */
  source: Span
  /**
   * Where the text named a person the sentence names otherwise: its opening pronoun
   * (KeyPoint.named), or a surname the deck says first there ("“Our nation is in danger,” Habib
   * Essid declared"). The text holds that name at `namedAt` (0 when absent) in place of the
   * sentence's word; the rest is the sentence's words.
   */
  named?: Span
  namedAt?: number
  /** Words of the text the article sets as inline code, as [start, end) offsets into `text`. */
  code?: Span[]
}

interface SlideBase {
  title: string
  /** Speaker notes: the source sentences/paragraphs the slide came from. */
  notes: Note[]
}

export interface TitleSlide extends SlideBase {
  kind: 'title'
  subtitle?: string
  byline?: string
  date?: string
  source?: string
}

export interface AgendaSlide extends SlideBase {
  kind: 'agenda'
  items: string[]
}

export interface SectionSlide extends SlideBase {
  kind: 'section'
  /** Index into Analysis.sections. */
  section: number
  bullets: Bullet[]
  continued: boolean
  /** A later page titled by a headline of its own, not "(cont.)": the sentence its title was compressed from. */
  titleSource?: Span
  /** The author, when bullets speak in the article's first person ("I don't use Facebook"): who "I" is. */
  voice?: string
  /** The organisation that issued a press release, when bullets speak as its "we" ("We expect …"). */
  issuer?: string
  /** The speaker of the block quotations the bullets come from, when they speak in the first person ("we offer a lot of money": Mark Zuckerberg). */
  speaker?: string
  /** The line that introduces a list whose items are the bullets ("… unless you are:"), as the article writes it. */
  lead?: string
  /** The span of the sentence `lead` is. */
  leadSource?: Span
}

export interface QuoteSlide extends SlideBase {
  kind: 'quote'
  /** 'paraphrase' is reported speech: shown without quotation marks. */
  quoteKind: 'direct' | 'paraphrase'
  text: string
  /**
   * The writer's words that open the quotation's sentence, when the quotation goes on from them
   * in lower case ("In the five years that … dominated Afghanistan," before “foreign currency was
   * rare …”): shown before it, outside its marks.
   */
  lead?: string
  speaker?: string
  /** What the speaker is, as the article says it ("oceanographer", "managing director"). */
  role?: string
  affiliation?: string
  source?: string
  span: Span
}

/** Props of one CostComparison.vue item (the component and src/visuals/cost-scale.ts use this type). */
export interface CostItem {
  label: string
  /** Absent (or null) when the article does not state the amount. */
  amount?: number | null
  currency?: string
  /** The top of a range the article states ("$35-40 billion"): `amount` is its bottom. */
  high?: number | null
  qualifier?: Qualifier
  note?: string
  source?: string
}

export interface CostSlide extends SlideBase {
  kind: 'cost'
  items: CostItem[]
  caption?: string
}

export interface KeyFigureSlide extends SlideBase {
  kind: 'key-figure'
  value: string
  label: string
  context?: string
}

/** A column of a table slide. */
export interface TableColumn {
  label: string
  /** Numbers: right-aligned. */
  numeric: boolean
  /** A column of a few repeated labels (plan/table-categories.ts): each category's labels, set as tags of one colour each. */
  categories?: string[][]
}

/** A row of a table slide: cell texts as the article writes them. */
export interface TableRow {
  cells: string[]
  /** A label row over the rows below it ("Operating expenses:"), without values. */
  group?: boolean
}

export interface TableSlide extends SlideBase {
  kind: 'table'
  /** What the table shows: its caption, or the line before it, or the section's title. */
  caption: string
  columns: TableColumn[]
  rows: TableRow[]
  /** Index into Article.tables. */
  table: number
  /** Said under the table: its notes ("in thousands"), and how much of it is shown. */
  note?: string
  /** When the table continues over slides: the most rows any of its slides shows (they all get the same type size). */
  pageRows?: number
}

/** One bar of a chart: a value, or a range [value, high]. */
export interface ChartItem {
  label: string
  value: number
  high?: number
  /** The value as shown on the bar ("$2.1M", "17%", "3–4.5 million"). */
  text: string
}

export interface ChartSlide extends SlideBase {
  kind: 'chart'
  caption: string
  items: ChartItem[]
  /** What every value is in: "%", "USD", "percentage points", or the counted noun. */
  unit: string
}

/** One of the story's people, as the text introduces them (analyze/people.ts). */
export interface Person {
  name: string
  /** Who the text says the person is, in its words ("a researcher … at the MIT-Harvard Broad Institute"). */
  description: string
  /** Where the description is in the article. */
  source: Span
}

/** The story's people, each with who the text says they are: a "Who's who" slide. */
export interface PeopleSlide extends SlideBase {
  kind: 'people'
  people: Person[]
}

export interface TakeawaysSlide extends SlideBase {
  kind: 'takeaways'
  bullets: Bullet[]
  /** The organisation that issued a press release, when a takeaway speaks as its "we". */
  issuer?: string
}

/**
 * A short piece of the article's code (or of a program's output) that its prose introduces
 * ("Rust had inconsistent alignment for 128-bit types:"), shown as the article writes it: one
 * or more consecutive code blocks, each as the ingest keeps it (its lines verbatim, blank lines left out).
 */
export interface CodeSlide extends SlideBase {
  kind: 'code'
  /** The code blocks' texts, in order. */
  blocks: string[]
  /** The code blocks in the article: from the first one's start to the last one's end. */
  span: Span
}

export interface SourcesSlide extends SlideBase {
  kind: 'sources'
  articleTitle: string
  author?: string
  /** The organisation that issued a press release, when no author is named. */
  issuer?: string
  url?: string
  date?: string
}

export type Slide =
  | TitleSlide
  | AgendaSlide
  | SectionSlide
  | QuoteSlide
  | CostSlide
  | KeyFigureSlide
  | TableSlide
  | ChartSlide
  | PeopleSlide
  | TakeawaysSlide
  | CodeSlide
  | SourcesSlide

export type SlideKind = Slide['kind']

export interface DeckOptions {
  theme: 'default' | 'seriph'
  colorSchema: 'auto' | 'light' | 'dark'
  aspectRatio: string
  maxSlides?: number
  title?: string
  subtitle?: string
  author?: string
  date?: string
}

export interface DeckPlan {
  title: string
  lang: string
  options: DeckOptions
  slides: Slide[]
  /** Things the presenter should know (e.g. slides dropped by --max-slides). */
  notices: string[]
}
