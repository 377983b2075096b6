/**
 * The "Who's who" slide: the story's people, each with who the text says they are where it
 * introduces them (analyze/people.ts), for a story told through several people whom the slides
 * name by their surnames ("Zhang", "Doudna", "Church") or as voices. Only when the text
 * introduces three of them at least; six at most, the most named first. The notes give each
 * description's sentence.
 *
 * Usage: const slide = peopleSlide(a)
 */
import { introductions } from '../analyze/people.ts'
import { localeFor } from '../locales/index.ts'
import { escapeRegExp } from '../analyze/regex.ts'
import type { Analysis, Note, PeopleSlide, Slide } from '../types.ts'
import { sentenceNote, spanNote } from './notes.ts'

/** Fewest people a slide of its own is made for. */
const MIN_PEOPLE = 3
/** Most people a slide shows. */
const MAX_PEOPLE = 6

export function peopleSlide(a: Analysis, shown?: readonly Slide[]): PeopleSlide | undefined {
  // (only people the deck's other slides name: a cast list of people no slide speaks of is padding)
  const named = shown ? namedOn(shown) : undefined
  const cast = introductions(a.article.text, a.entities, a.lang)
    .filter((p) => !named || named(p.name))
    .slice(0, MAX_PEOPLE)
  if (cast.length < MIN_PEOPLE) return undefined
  // (one sentence that introduces several of them is said once: "…, including Governor Janet Mills (ME), Governor Josh Shapiro (PA), …")
  const seen = new Set<number>()
  const notes: Note[] = cast.flatMap((p) => {
    const s = a.sentences.findIndex((x) => x.start <= p.source.start && p.source.start < x.end)
    if (s >= 0 && seen.has(s)) return []
    seen.add(s)
    return [s >= 0 ? sentenceNote(a, s) : spanNote(a, p.source)]
  })
  return {
    kind: 'people',
    title: localeFor(a.lang).slide.people,
    people: cast.map(({ name, description, source }) => ({ name, description, source })),
    notes,
  }
}

/** Whether a person is named on one of `slides`: by the whole name or by the surname, as a word. */
function namedOn(slides: readonly Slide[]): (name: string) => boolean {
  const text = slides.flatMap(wordsOf).join('\n')
  return (name) => {
    const surname = name.split(/\s+/).at(-1)!
    return [name, surname].some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'u').test(text))
  }
}

/** The words a slide shows of people: its title, bullets, a quotation and its speaker. */
function wordsOf(s: Slide): string[] {
  if (s.kind === 'section' || s.kind === 'takeaways') return [s.title, ...s.bullets.map((b) => b.text)]
  if (s.kind === 'quote') return [s.title, s.text, s.speaker ?? '']
  if (s.kind === 'key-figure') return [s.label, s.context ?? '']
  return [s.title]
}
