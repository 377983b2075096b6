import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { planDeck } from '../../src/plan/index.ts'
import type { ChartSlide, SectionSlide } from '../../src/types.ts'

const survey = [
  '# Survey results',
  '',
  'We ran our yearly survey of the community and received 3,997 responses from users around the world. Most of them use the language every day at work.',
  '',
  '## Libraries',
  '',
  'When we asked users what libraries they consider critical, these were the top ten responses:',
  '',
  '* serde', '* rand', '* tokio',
  '',
  'We also asked how many dependencies users were using were 1.0 or above.',
  '',
  '* 0.8% indicated "All"', '* 6.7% indicated "Most"', '* 65.9% indicated "Some"', '* 21.4% indicated "I don\'t know"',
  '',
  '## Tooling',
  '',
  'Most users develop on Linux, and the share using Windows grew a little this year. The stable compiler remains the common choice for daily work.',
  '',
  'We also asked what IDE setups users used:',
  '',
  '* 43.3% indicated RLS', '* 21.7% indicated Intellij', '* 12.4% indicated No (or CTAGS)', '* 4.2% indicated Only Racer',
  '',
  'Editors keep improving, and the language server had a busy year of releases for all of them.',
].join('\n')

describe('chart slides of a survey’s answers', () => {
  const plan = planDeck(analyze(parseMarkdown(survey, 'survey.md')))
  const charts = plan.slides.filter((s): s is ChartSlide => s.kind === 'chart')
  const sections = plan.slides.filter((s): s is SectionSlide => s.kind === 'section')

  it('are titled by the question the answers answer', () => {
    expect(charts.map((c) => c.title)).toEqual(['How many dependencies users were using were 1.0 or above', 'What IDE setups users used'])
    expect(charts[1]!.items.map((i) => i.label)).toEqual(['RLS', 'Intellij', 'No (or CTAGS)', 'Only Racer'])
  })

  it('leave the answers and the question to the chart, not to bullets', () => {
    const bullets = sections.flatMap((s) => s.bullets.map((b) => b.text))
    expect(bullets.some((b) => /indicated|We also asked/.test(b))).toBe(false)
    expect(bullets.some((b) => /Linux/.test(b))).toBe(true)
  })

  it('stand for the line that points to their list: its section shows only its other list, under the line that introduces that one', () => {
    const libraries = sections.filter((s) => s.title === 'Libraries')
    expect(libraries.map((s) => [s.lead, s.bullets.map((b) => b.text)])).toEqual([['When we asked users what libraries they consider critical, these were the top ten responses:', ['serde', 'rand', 'tokio']]])
    expect(sections.map((s) => s.title)).toContain('Tooling')
  })
})
