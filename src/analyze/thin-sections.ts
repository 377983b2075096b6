/**
 * Sections found in text without headings that leave a slide nothing to say: fewer than
 * MIN_POINTS complete points besides quotations (the quote slides show those), in a section that
 * holds quotations or is a later part of a heading's section. Such a section of a short passage
 * ("DNA letters": one sentence to show, the rest quotes; an essay's one closing sentence after
 * its last sub-topic) joins the section before it; never a section under the article's own
 * heading, and the opening stays.
 */
import type { KeyPoint } from '../types.ts'
import type { SectionDraft } from './sections.ts'

const MIN_POINTS = 2
/** A passage longer than this (characters, about 120 words) is a section of its own, quotations or not. */
const MAX_CHARS = 720

export interface Ranked {
  draft: SectionDraft
  keyPoints: KeyPoint[]
}

/** `rank` ranks a merged draft's key points again; `quoted` holds the sentences quotations are made of. */
export function mergeThinSections(sections: readonly Ranked[], quoted: ReadonlySet<number>, rank: (d: SectionDraft) => KeyPoint[]): Ranked[] {
  const out = [...sections]
  const thin = (r: Ranked) =>
    !r.draft.heading &&
    r.draft.end - r.draft.start <= MAX_CHARS &&
    (r.keyPoints.some((k) => quoted.has(k.sentence)) || !!r.draft.part) &&
    r.keyPoints.filter((k) => k.complete && !quoted.has(k.sentence)).length < MIN_POINTS
  for (let i = 0; i < out.length && out.length > 1; ) {
    if (!thin(out[i]!)) {
      i++
      continue
    }
    // into the section before (a later part of a heading's section joins its heading)
    if (i === 0 || (out[i - 1]!.draft.heading && !out[i]!.draft.part)) {
      i++
      continue
    }
    const draft = joined(out[i - 1]!.draft, out[i]!.draft)
    out.splice(i - 1, 2, { draft, keyPoints: rank(draft) })
    i--
  }
  return out
}

function joined(a: SectionDraft, b: SectionDraft): SectionDraft {
  const d: SectionDraft = { start: a.start, end: b.end, paragraphs: [...a.paragraphs, ...b.paragraphs] }
  if (a.heading) d.heading = a.heading
  if (a.part) d.part = true
  return d
}
