import { describe, expect, it } from 'vitest'
import { candidatePhrases } from '../../src/analyze/keyphrases.ts'

const surfaces = (text: string, lang: string) => candidatePhrases(text, lang).map((p) => p.surface)

describe('candidatePhrases', () => {
  it('English: runs of content words between stop words and punctuation, counted', () => {
    const phrases = candidatePhrases('The harbour ferry was late. On Monday the harbour ferry was early, and passengers waited.', 'en')
    const ferry = phrases.find((p) => p.surface.toLowerCase() === 'harbour ferry')
    expect(ferry?.count).toBe(2)
    expect(ferry?.keys).toEqual(['harbour', 'ferri'])
    expect(phrases.map((p) => p.surface)).toContain('passengers waited')
    for (const p of phrases) expect(p.surface).not.toMatch(/\b(?:the|at|and)\b/i)
  })

  it('takes no run right after a negation: without it the words say the opposite', () => {
    expect(surfaces('Los picos no son algo exclusivo de los años recientes.', 'es')).not.toContain('son algo exclusivo')
    expect(surfaces('Die Pflanzen haben die nicht codierenden Abschnitte entfernt.', 'de')).not.toContain('codierenden Abschnitte')
    // (the same words with no negation before them stay)
    expect(surfaces('Son algo exclusivo de los años recientes.', 'es')).toContain('Son algo exclusivo')
  })

  it('keeps an amount’s currency sign (the Guardian’s "$23-million data-processing centre")', () => {
    const phrases = surfaces('The university will build a $23-million data-processing centre. It cost €4 billion in all.', 'en')
    expect(phrases).toContain('$23-million data-processing centre')
    expect(phrases.some((p) => /^23-million/.test(p))).toBe(false)
  })

  it('German: a phrase ends on a noun (capitalised), and no phrase holds the word of attribution', () => {
    const phrases = surfaces('Eine andere Möglichkeit ist, dass die Parasiten ihre springenden Gene einfach nicht aufhalten können. Laut Shahid könnte man dem Ganzen auf den Grund gehen.', 'de')
    expect(phrases).toContain('springenden Gene')
    expect(phrases.some((p) => /einfach|aufhalten/.test(p))).toBe(false)
    expect(phrases.some((p) => /^Laut/.test(p))).toBe(false)
  })

  it('Chinese: dictionary words joined into phrases, cut at function words and particles', () => {
    const phrases = surfaces('每到周六上午，屋顶菜园已经会聚集十几位邻居。社区屋顶菜园的收成很好。', 'zh')
    expect(phrases).toContain('屋顶菜园')
    for (const p of phrases) {
      expect(p).not.toMatch(/已经|的|了|很/)
      expect(p.length).toBeGreaterThanOrEqual(2)
      expect(p.length).toBeLessThanOrEqual(8)
    }
  })

  it('Chinese keys are character bigrams, so the same phrase counts once per mention', () => {
    const phrases = candidatePhrases('屋顶菜园很好。邻居们说屋顶菜园很大。', 'zh')
    const garden = phrases.find((p) => p.surface === '屋顶菜园')
    expect(garden?.keys).toEqual(['屋顶', '顶菜', '菜园'])
    expect(garden?.count).toBe(2)
  })
})
