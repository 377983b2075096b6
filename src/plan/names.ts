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
  return slides.map((slide) => {
    if (slide.kind === 'quote' && slide.speaker) said.add(slide.speaker)
    for (const name of said) if (slide.title.includes(name)) said.add(name)
    if (slide.kind !== 'section' && slide.kind !== 'takeaways') return slide
    return { ...slide, bullets: slide.bullets.map((b) => surnameAgain(a, b, said)) }
  })
}

/** The bullet with its surname as the article wrote it, when the whole name it opens on was said before; else as it is, the name noted as said. */
function surnameAgain(a: Analysis, b: Bullet, said: Set<string>): Bullet {
  if (!b.named) return b
  const name = a.article.text.slice(b.named.start, b.named.end)
  const written = a.article.text.slice(b.source.start, b.source.end).split(/[\s’']/u)[0] ?? ''
  const surname = written !== name && name.endsWith(` ${written}`)
  if (!surname || !said.has(name)) {
    said.add(name)
    return b
  }
  const { named: _, ...rest } = b
  return { ...rest, text: `${written}${b.text.slice(name.length)}` }
}
