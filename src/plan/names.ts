/**
 * Whole names said once: a bullet that opens on a person's surname alone takes their whole name
 * (subject-names.ts: "Forte said …" → "Tom Forte said …"), and so does one that says it further
 * on ("“Our nation is in danger,” Essid declared" → "… Habib Essid declared"), as a presenter
 * introducing them would; after the deck has said the whole name once (a bullet, a quote's
 * speaker, a title), later bullets say the surname again, as the article does.
 *
 * Usage: slides = namesSaidOnce(a, slides)
 */
import type { Analysis, Bullet, Slide, Span } from '../types.ts'
import { NAME_PARTICLE } from '../analyze/entities.ts'

export function namesSaidOnce(a: Analysis, slides: readonly Slide[]): Slide[] {
  const said = new Set<string>()
  const people = a.entities.filter((e) => e.kind === 'person' && /\s/u.test(e.name)).map((e) => e.name)
  // (a whole name a title or a bullet writes itself counts as said too)
  const sayAll = (text: string) => people.forEach((name) => text.includes(name) && said.add(name))
  return slides.map((slide) => {
    if (slide.kind === 'quote' && slide.speaker) said.add(slide.speaker)
    if (slide.kind === 'people') for (const p of slide.people) said.add(p.name)
    sayAll(slide.title)
    if (slide.kind !== 'section' && slide.kind !== 'takeaways') return slide
    return {
      ...slide,
      bullets: slide.bullets.map((b) => {
        const out = b.named ? surnameAgain(a, b, said) : wholeNameFirst(a, b, people, said)
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
  const short = b.text.startsWith(name) ? shortForm(a, name) : undefined
  if (!short || !said.has(name)) {
    said.add(name)
    return b
  }
  // (the surname points where the text wrote it alone: a sentence opening on "She" does not write it)
  return { ...b, text: `${a.article.text.slice(short.start, short.end)}${b.text.slice(name.length)}`, named: short }
}

/**
 * The bullet with the whole name of the first person it calls by surname alone whose whole name
 * the deck has not said yet, in place of that surname (named: where the article writes the whole
 * name); else as it is.
 */
function wholeNameFirst(a: Analysis, b: Bullet, people: readonly string[], said: ReadonlySet<string>): Bullet {
  for (const name of people) {
    if (said.has(name) || b.text.includes(name)) continue
    const last = shortForm(a, name) && surnameOf(name)
    const at = last ? wordAt(b.text, last) : -1
    // (nor a surname several people of the article share, "the Murdoch sons", nor a family's: "the Murdochs", "my word as a Biden")
    if (at >= 0 && (anotherFirstName(b.text, at, people) || people.filter((p) => surnameOf(p) === last).length > 1 || /\b(?:the|a|an|another|every|each|one)\s+$/iu.test(b.text.slice(0, at)))) continue
    const whole = at < 0 ? undefined : a.entities.find((e) => e.kind === 'person' && e.name === name)?.mentions.find((m) => a.article.text.slice(m.start, m.end) === name)
    if (whole) return { ...b, text: `${b.text.slice(0, at)}${name}${b.text.slice(at + last!.length)}`, named: { start: whole.start, end: whole.end }, namedAt: at }
  }
  return b
}

/**
 * Whether the surname at `at` follows a first name of its own: "married John Gille" speaks of
 * John Gille, whose surname Ellen Gille shares, and takes no other first name. A capitalised word
 * opening the bullet ("Then Gille said") is no name unless a person is called so.
 */
function anotherFirstName(text: string, at: number, people: readonly string[]): boolean {
  const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(0, at))
  if (!before) return false
  const whole = `${before[1]} ${text.slice(at).split(/[\s,;:.!?]/u)[0]}`
  return before.index > 0 || people.includes(whole)
}

/** Where `word` stands as a whole word in `text` (a possessive "’s" may follow), else -1. */
function wordAt(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])${escaped}(?![\\p{L}\\p{N}-])`, 'u').exec(text)?.index ?? -1
}

/**
 * A whole name's surname: its last word that is no generation ("King" of "Martin Luther King
 * Jr."), with the particles before it ("de Decker" of "Kris de Decker"); none for a name of one word.
 */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !SUFFIX.test(w))
  if (words.length < 2) return undefined
  let first = words.length - 1
  while (first > 1 && NAME_PARTICLE.test(words[first - 1]!)) first--
  return words.slice(first).join(' ')
}


/** A generation after a name ("Jr.", "III"): no surname. */
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u

/**
 * Where the article writes a person's whole name by one word of it alone, the name's last
 * ("Forte" of "Tom Forte"; not "Jr." of "Martin Luther King Jr.", nor "Gaulle" of "Charles de
 * Gaulle", which the text never writes alone); undefined when it never does.
 */
function shortForm(a: Analysis, name: string): Span | undefined {
  const last = surnameOf(name)
  if (!last) return undefined
  const person = a.entities.find((e) => e.kind === 'person' && e.name === name)
  const text = a.article.text
  // (a surname with its particle may be a mention of its last word: "de [Decker]")
  const particles = last.length - (last.split(' ').at(-1)?.length ?? 0)
  const alone = person?.mentions.find((m) => {
    const written = text.slice(m.start, m.end).replace(/['’]s$/u, '')
    return written === last || (particles > 0 && text.slice(m.start - particles, m.start) + written === last)
  })
  if (!alone) return undefined
  const start = text.startsWith(last, alone.start) ? alone.start : alone.start - particles
  return { start, end: start + last.length }
}
