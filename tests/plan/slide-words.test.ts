import { describe, expect, it } from 'vitest'
import { sectionSlides } from '../../src/plan/section-slides.ts'
import { agendaSlide, takeawaysSlide } from '../../src/plan/frame-slides.ts'
import { conclusions } from '../../src/plan/conclusions.ts'
import { planDeck } from '../../src/plan/index.ts'
import { loadAnalysis } from '../fixture-articles.ts'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

describe('slide labels', () => {
  it('speaks the article’s language', async () => {
    const a = await loadAnalysis('french')
    const plan = planDeck(a, { author: 'Lucie Martin' })
    expect(plan.lang).toBe('fr')
    const titles = new Map(plan.slides.map((s) => [s.kind, s.title]))
    expect(agendaSlide(a).title).toBe('Sommaire')
    expect(titles.get('sources')).toBe('Sources')
    expect(takeawaysSlide(a, conclusions(a, new Set()))?.title).toBe('À retenir')
  })

  it('labels a Portuguese deck in Portuguese', () => {
    const text = ['# Tite diz que errou ao levar taça a Lula', 'O técnico da seleção brasileira disse que errou ao levar a taça da Libertadores ao ex-presidente Lula em 2012. Na ocasião, Tite e outros representantes do Corinthians foram ao Instituto Lula para mostrar a taça original.', '## A festa do título', 'O treinador deixou claro que preferiria evitar esse tipo de formalidade. Apesar disso, Tite não questionou a ação do Palmeiras e da CBF, que convidaram Bolsonaro para a festa do título.', '## O que vem agora', 'O presidente eleito levantou a taça conquistada pelo clube alviverde. A seleção volta a jogar em março, e o técnico prepara a lista de convocados.'].join('\n\n')
    const plan = planDeck(analyze(parseMarkdown(text, 'folha.md')), { author: 'Folha' })
    expect(plan.lang).toBe('pt')
    expect(plan.slides.at(-1)!.title).toBe('Fontes')
  })

  it('labels an Arabic deck in Arabic', async () => {
    const plan = planDeck(await loadAnalysis('arabic'), { author: 'ليلى' })
    expect(plan.lang).toBe('ar')
    expect(plan.slides.at(-1)!.title).toBe('المصادر')
  })

  it('marks a Chinese section\'s next slide with full-width brackets, no space', async () => {
    const a = await loadAnalysis('chinese')
    // one section holding every paragraph and key point: more than one slide's worth (each
    // paragraph's sentences counted three times, for a budget of eight bullets; bullets of a
    // few lengths, until they no longer fit one slide)
    const paragraphs = a.paragraphs.map((p) => ({ ...p, sentences: [...p.sentences, ...p.sentences, ...p.sentences] }))
    const continued = [24, 28, 32].flatMap((chars) => {
      const all = { ...a.sections[0]!, paragraphs: a.paragraphs.map((_, i) => i), keyPoints: a.sections.flatMap((s) => s.keyPoints).map((k) => ({ ...k, text: k.text.repeat(4).slice(0, chars) })) }
      return sectionSlides({ ...a, paragraphs, sections: [all] }, 0).filter((s) => s.continued)
    })
    expect(continued.length).toBeGreaterThan(0)
    for (const s of continued) expect(s.title).toMatch(/[^ ]（续）$/)
  })

  it('leaves no note on a cost item without an amount: the chart itself says so', async () => {
    let unstated = 0
    for (const name of ['bundled', 'french', 'chinese', 'arabic']) {
      const plan = planDeck(await loadAnalysis(name))
      for (const s of plan.slides) {
        if (s.kind !== 'cost') continue
        for (const item of s.items.filter((i) => i.amount === null)) {
          unstated++
          expect(item.note).toBeUndefined()
        }
      }
    }
    expect(unstated).toBeGreaterThan(0)
  })
})
