/**
 * Subheadings a page set as a bold line run into a paragraph ("<strong>Putins Mafia-Regime</strong><br>
 * Keine Frage, …"): dom-blocks.ts reads such a line as a label of its paragraph ("Putins
 * Mafia-Regime: Keine Frage, …"), which is right for a glossary's terms, one per paragraph. Where
 * the labels stand apart instead, each over paragraphs of its own (two labels at least, each
 * followed by a paragraph without one), they head the article's parts: each becomes a heading
 * and its paragraph the text under it. So does a story's one label after its opening paragraphs
 * (a news page's lone subhead, "Estupros"), unless it labels a note ("Update").
 *
 * Usage: const blocks = headingsFromRunInLabels(raw)
 */
import { BOLD_HEADING_DEPTH, type RawBlock } from './blocks.ts'

/** What may follow a label's paragraph in the part it heads: more text, or the list its paragraph leads into ("Outlook: … is as follows:"). */
const TEXT_KINDS: ReadonlySet<string> = new Set(['paragraph', 'list-item'])

/** Labels at least that open parts of the article. */
const MIN_LABELS = 2

export function headingsFromRunInLabels(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const labelled = blocks.flatMap((b, i) => (b.runInLabel !== undefined ? [i] : []))
  if (labelled.length < MIN_LABELS && !loneSubheading(blocks, labelled)) return blocks
  // (each label over a paragraph of its own and at least one more: not a glossary's terms, one after another; in a release, its
  // "Outlook" over the list of its forecasts heads a part, the "CFO Commentary" and "Non-GAAP Measures" notes in a row at its end do not)
  const apart = new Set(labelled.filter((at, k) => {
    const next = labelled[k + 1] ?? blocks.length
    const previous = labelled[k - 1] ?? -2
    return next - at >= 2 && at - previous >= 2 && TEXT_KINDS.has(blocks[at + 1]?.kind ?? '') && blocks[at + 1]?.runInLabel === undefined
  }))
  if (apart.size === 0 || (apart.size < MIN_LABELS && !loneSubheading(blocks, [...apart]))) return blocks
  return blocks.flatMap((b, i) => (b.runInLabel === undefined || !apart.has(i) ? [b] : splitLabel(b, b.runInLabel)))
}

/** Paragraphs of the story before a lone label, at least, for it to head a later part of it. */
const LONE_AFTER = 2
/** A note's label, which heads no part of a story: "Note", "Update", "Editor's note", "Correction". */
const NOTE_LABEL = /^(?:(?:editor['’]s\s+)?notes?|update[sd]?|corrections?|disclaimer|nota|hinweis|aktualisierung|mise à jour|atualização|actualización)$/iu

/**
 * Whether the article's one label heads a later part of the story ("Estupros" over "Suzart era
 * acusado por vários sequestros, …" after the story's opening paragraphs): paragraphs before it
 * and one at least after it, and no note's label.
 */
function loneSubheading(blocks: readonly RawBlock[], labelled: readonly number[]): boolean {
  const [at] = labelled
  if (labelled.length !== 1 || at === undefined) return false
  const before = blocks.slice(0, at).filter((b) => b.kind === 'paragraph').length
  return before >= LONE_AFTER && TEXT_KINDS.has(blocks[at + 1]?.kind ?? '') && !NOTE_LABEL.test(blocks[at]!.runInLabel!.trim())
}

/** The label as a heading and the paragraph's text after it. */
function splitLabel(block: RawBlock, label: string): RawBlock[] {
  const at = block.text.indexOf(label)
  const rest = block.text.slice(at + label.length).replace(/^:\s*/u, '')
  const { runInLabel: _, ...paragraph } = block
  return [{ kind: 'heading', depth: BOLD_HEADING_DEPTH, text: label }, { ...paragraph, text: rest }]
}
