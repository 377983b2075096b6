/**
 * Whole names said once: a bullet that opens on a person's surname alone takes their whole name
 * (subject-names.ts: "Forte said …" → "Tom Forte said …"), as a presenter introducing them would;
 * after the deck has said the whole name once (a bullet, a quote's speaker, a title), later
 * bullets say the surname again, as the article does.
 *
 * Usage: slides = namesSaidOnce(a, slides)
 */
import type { Analysis, Bullet, Slide } from '../types.ts'

export function namesSaidOnce(a: Analysis, slides: readonly Slide[]): Slide[] {
  const said = new Set<string>()
  const people = a.entities.filter((e) => e.kind === 'person' && /\s/u.test(e.name)).map((e) => e.name)
  // (a whole name a title or a bullet writes itself counts as said too)
  const sayAll = (text: string) => people.forEach((name) => text.includes(name) && said.add(name))
  return slides.map((slide) => {
    if (slide.kind === 'quote' && slide.speaker) said.add(slide.speaker)
    sayAll(slide.title)
    if (slide.kind !== 'section' && slide.kind !== 'takeaways') return slide
    return {
      ...slide,
      bullets: slide.bullets.map((b) => {
        const out = surnameAgain(a, b, said)
        sayAll(out.text)
        return out
      }),
    }
  })
}

/** The bullet with its surname as the article wrote it, when the whole name it opens on was said before; else as it is, the name noted as said. */
function surnameAgain(a: Analysis, b: Bullet, said: Set<string>): Bullet {
  if (!b.named) return b
  const name = a.article.text.slice(b.named.start, b.named.end)
  // (the bullet opens on the whole name, made from a surname alone or a pronoun: its last word is the surname)
  const written = name.slice(name.lastIndexOf(' ') + 1)
  const surname = b.text.startsWith(name) && written !== name && /^\p{Lu}/u.test(written)
  if (!surname || !said.has(name)) {
    said.add(name)
    return b
  }
  // (the surname points where the text wrote the whole name: a sentence opening on "She" does not write it)
  return { ...b, text: `${written}${b.text.slice(name.length)}`, named: { start: b.named.end - written.length, end: b.named.end } }
}
