import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { namesSaidOnce } from '../../src/plan/names.ts'
import { isTraceable } from '../../src/quality/deck-metrics.ts'
import type { Bullet, Slide } from '../../src/types.ts'

const text = [
  'Ferry report',
  'The island ferry has run twice a day for forty years, in every season but the worst of winter.',
  'Councillor Tom Whitfield chairs the harbour board, which runs the island ferry service.',
  'Whitfield said the new ferry would be ready for the spring crossings after its sea trials.',
  'Islanders have waited two winters for a boat that can sail in strong wind.',
  'Whitfield wants ferry fares frozen for another year while the council reviews its budget.',
  'The harbour board backed Whitfield’s plan for the fares at its meeting in March.',
].join('\n\n')
const a = analyze(parseText(text, 'ferry.txt'))

/** The bullet of the key point that opens on "Whitfield …", as the plan makes it (named: the whole name). */
function bulletOf(opening: string): Bullet {
  const k = a.sections.flatMap((s) => s.keyPoints).find((p) => a.sentences[p.sentence]!.text.startsWith(opening))!
  const s = a.sentences[k.sentence]!
  return { text: k.text, source: { start: s.start, end: s.end }, ...(k.named ? { named: k.named } : {}) }
}
const section = (title: string, bullets: Bullet[]): Slide => ({ kind: 'section', section: 0, title, continued: false, bullets, notes: [] })
const texts = (slides: Slide[]) => slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))

describe('namesSaidOnce', () => {
  const said = bulletOf('Whitfield said')
  const wants = bulletOf('Whitfield wants')

  it('says a whole name on the first bullet that opens on the surname, the surname on later ones, both traceable', () => {
    expect(said.text).toMatch(/^Tom Whitfield said/)
    const out = namesSaidOnce(a, [section('The new ferry', [said]), section('Fares', [wants])])
    const [first, later] = texts(out)
    expect(first).toMatch(/^Tom Whitfield said/)
    expect(later).toMatch(/^Whitfield wants/)
    for (const b of out.flatMap((s) => (s.kind === 'section' ? s.bullets : []))) expect(isTraceable(a, b)).toBe(true)
  })

  it('says a whole name in place of the first surname a bullet says further on, once, traceably', () => {
    const sentence = a.sentences.find((x) => x.text.startsWith('The harbour board backed'))!
    const backed: Bullet = { text: 'The harbour board backed Whitfield’s plan for the fares', source: { start: sentence.start, end: sentence.end } }
    const out = namesSaidOnce(a, [section('Fares', [backed]), section('Again', [backed])])
    expect(texts(out)).toEqual(['The harbour board backed Tom Whitfield’s plan for the fares', 'The harbour board backed Whitfield’s plan for the fares'])
    for (const b of out.flatMap((s) => (s.kind === 'section' ? s.bullets : []))) expect(isTraceable(a, b)).toBe(true)
    // (a name said before it: the surname stays)
    expect(texts(namesSaidOnce(a, [section('The new ferry', [said]), section('Fares', [backed])]))[1]).toBe(backed.text)
    // (nor a surname after "the" or "a": "the Whitfield sons" are no one person, "my word as a Whitfield" any of a family)
    expect(texts(namesSaidOnce(a, [section('Fares', [{ ...backed, text: 'The board met the Whitfield sons in March' }])]))[0]).toBe('The board met the Whitfield sons in March')
    expect(texts(namesSaidOnce(a, [section('Fares', [{ ...backed, text: 'We will always be here, my word as a Whitfield' }])]))[0]).toBe('We will always be here, my word as a Whitfield')
    // (nor a surname after a first name of its own: "Anna Whitfield" is someone else)
    expect(texts(namesSaidOnce(a, [section('Fares', [{ ...backed, text: 'The harbour board backed Anna Whitfield for the post' }])]))[0]).toBe('The harbour board backed Anna Whitfield for the post')
    // and a word that only holds the surname is no surname ("Whitfields")
    expect(texts(namesSaidOnce(a, [section('Fares', [{ ...backed, text: 'The Whitfields backed the plan' }])]))[0]).toBe('The Whitfields backed the plan')
  })

  it('counts a whole name a slide’s title or a bullet writes itself as said', () => {
    expect(texts(namesSaidOnce(a, [section('Tom Whitfield chairs the harbour board', [said])]))[0]).toMatch(/^Whitfield said/)
    const whole = { text: 'Councillor Tom Whitfield chairs the harbour board', source: { start: 0, end: 1 } }
    expect(texts(namesSaidOnce(a, [section('The board', [whole]), section('Fares', [wants])]))[1]).toMatch(/^Whitfield wants/)
  })

  it('shortens a whole name a pronoun stood for only to a word of it the article writes alone', () => {
    const king = analyze(parseText(['Civil rights', 'The march on Washington drew a quarter of a million people to the capital in August.', 'Martin Luther King Jr. spoke last, from the steps of the memorial.', 'He said the country would build a future of freedom for all of its citizens.', 'The crowd stayed on the mall until the evening, singing.', 'King Jr. was thirty-four years old that summer.'].join('\n\n'), 'king.txt'))
    const bullets = king.sections.flatMap((sec) => sec.keyPoints).filter((k) => k.named).map((k) => {
      const s = king.sentences[k.sentence]!
      return { text: k.text, source: { start: s.start, end: s.end }, named: k.named! }
    })
    expect(bullets.map((b) => b.text)).toEqual(['Martin Luther King Jr. said the country would build a future of freedom for all of its citizens'])
    // the whole name said, then the same bullet again: never "Jr. said …"
    const out = texts(namesSaidOnce(king, [section('Speech', bullets), section('Again', bullets)]))
    expect(out.some((t) => /^Jr\.?\s/.test(t))).toBe(false)
    for (const b of bullets) expect(isTraceable(king, b)).toBe(true)
  })
})


describe('namesSaidOnce: a surname with its particle', () => {
  const story = [
    'Night trains',
    'The writer Kris de Decker has studied the night trains of Europe for ten years.',
    'The biggest loss, de Decker says, was the night train from Barcelona to Paris.',
    'He now spends whole days on the train when he travels home to Belgium.',
  ].join('\n\n')
  const b = analyze(parseText(story, 'trains.txt'))

  it('says the whole name in place of "de Decker", not after its particle', () => {
    const sentence = b.sentences.find((x) => x.text.startsWith('The biggest loss'))!
    const bullet: Bullet = { text: 'The biggest loss, de Decker says, was the night train from Barcelona to Paris', source: { start: sentence.start, end: sentence.end } }
    const [out] = texts(namesSaidOnce(b, [section('Trains', [bullet])]))
    expect(out).toBe('The biggest loss, Kris de Decker says, was the night train from Barcelona to Paris')
    expect(isTraceable(b, namesSaidOnce(b, [section('Trains', [bullet])]).flatMap((s) => (s.kind === 'section' ? s.bullets : []))[0]!)).toBe(true)
  })
})
