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
import type { Analysis, Note, PeopleSlide } from '../types.ts'
import { sentenceNote, spanNote } from './notes.ts'

/** Fewest people a slide of its own is made for. */
const MIN_PEOPLE = 3
/** Most people a slide shows. */
const MAX_PEOPLE = 6

export function peopleSlide(a: Analysis): PeopleSlide | undefined {
  const cast = introductions(a.article.text, a.entities).slice(0, MAX_PEOPLE)
  if (cast.length < MIN_PEOPLE) return undefined
  const notes: Note[] = cast.map((p) => {
    const s = a.sentences.findIndex((x) => x.start <= p.source.start && p.source.start < x.end)
    return s >= 0 ? sentenceNote(a, s) : spanNote(a, p.source)
  })
  return {
    kind: 'people',
    title: localeFor(a.lang).slide.people,
    people: cast.map(({ name, description, source }) => ({ name, description, source })),
    notes,
  }
}
