import { describe, expect, it } from 'vitest'
import { headingsFromRunInLabels } from '../../src/ingest/run-in-headings.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'
import { rawParagraph } from './helpers.ts'

const labelled = (label: string, rest: string): RawBlock => ({ kind: 'paragraph', text: `${label}: ${rest}`, runInLabel: label })
const texts = (blocks: readonly RawBlock[]) => blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.text))

describe('headingsFromRunInLabels', () => {
  it('makes labels that stand apart, each over paragraphs of its own, the headings of the parts they open', () => {
    const essay = [rawParagraph('The opening.'), labelled('Putins Mafia-Regime', 'Keine Frage, das Regime hat den Krieg begonnen.'), rawParagraph('Im 19. Jahrhundert waren die Zaren bemüht.'), labelled('Emanzipative Perspektive', 'Dementsprechend hat der Antiimperialismus eine Geschichte.'), rawParagraph('Das autoritäre Lager hat einen Weltbürgerkrieg begonnen.')]
    expect(texts(headingsFromRunInLabels(essay))).toEqual([
      'The opening.',
      '# Putins Mafia-Regime',
      'Keine Frage, das Regime hat den Krieg begonnen.',
      'Im 19. Jahrhundert waren die Zaren bemüht.',
      '# Emanzipative Perspektive',
      'Dementsprechend hat der Antiimperialismus eine Geschichte.',
      'Das autoritäre Lager hat einen Weltbürgerkrieg begonnen.',
    ])
  })

  it('keeps a glossary\'s labels, one labelled paragraph after another, and a label alone', () => {
    const glossary = [labelled('Idempotence', 'A single task may run more than once.'), labelled('Task Store', 'Tasks are stored in the task store.'), rawParagraph('The executor runs the tasks.')]
    expect(headingsFromRunInLabels(glossary)).toBe(glossary)
    const one = [labelled('Note', 'The label ends here.'), rawParagraph('The rest of the text.')]
    expect(headingsFromRunInLabels(one)).toBe(one)
    const note = [rawParagraph('The opening.'), rawParagraph('The story goes on.'), labelled('Update', 'The police later named the man.'), rawParagraph('The rest of the text.')]
    expect(headingsFromRunInLabels(note)).toBe(note)
  })

  it('makes the one label of a story a heading when it opens a later part of it, after the story\'s opening', () => {
    const story = [rawParagraph('Um dos líderes foi morto.'), rawParagraph('A polícia identificou o grupo.'), labelled('Estupros', 'Suzart era acusado por vários sequestros.'), rawParagraph('Com Suzart foram apreendidos uma pistola.')]
    expect(texts(headingsFromRunInLabels(story))).toEqual(['Um dos líderes foi morto.', 'A polícia identificou o grupo.', '# Estupros', 'Suzart era acusado por vários sequestros.', 'Com Suzart foram apreendidos uma pistola.'])
  })

  it('makes a label apart from the others a heading, over the list its paragraph leads into, and leaves the labels in a row as they are', () => {
    const item = (text: string): RawBlock => ({ kind: 'list-item', text })
    const release = [
      rawParagraph('NVIDIA today reported revenue of $35.1 billion.'), rawParagraph('Huang said demand was strong.'),
      labelled('Outlook', 'NVIDIA’s outlook for the fourth quarter is as follows:'), item('Revenue is expected to be $37.5 billion.'), item('Tax rates are expected to be 16.5%.'),
      rawParagraph('The company will pay a dividend.'),
      labelled('CFO Commentary', 'Commentary is available online.'), labelled('Conference Call', 'NVIDIA will hold a call today.'), rawParagraph('The call will be recorded.'),
    ]
    expect(texts(headingsFromRunInLabels(release))).toEqual([
      'NVIDIA today reported revenue of $35.1 billion.', 'Huang said demand was strong.',
      '# Outlook', 'NVIDIA’s outlook for the fourth quarter is as follows:', 'Revenue is expected to be $37.5 billion.', 'Tax rates are expected to be 16.5%.',
      'The company will pay a dividend.',
      'CFO Commentary: Commentary is available online.', 'Conference Call: NVIDIA will hold a call today.', 'The call will be recorded.',
    ])
  })
})
