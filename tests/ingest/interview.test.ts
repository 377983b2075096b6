import { describe, expect, it } from 'vitest'
import { interviewTurns } from '../../src/ingest/interview.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'

const p = (text: string): RawBlock => ({ kind: 'paragraph', text })
const h = (text: string): RawBlock => ({ kind: 'heading', depth: 2, text })

describe('interviewTurns', () => {
  const interview = [
    p('In this spotlight we talked with Kensei Nakada, an approver in the group.'),
    h('Introductions'),
    p('Arvind: Hello, thank you for the opportunity! Would you introduce yourself?'),
    p('Kensei: Hi, thanks for the opportunity! I am a software engineer.'),
    h('About the group'),
    p('AP: That is awesome! What does the group do?'),
    p('KN: Our responsibility is to enhance scheduling.'),
    p('I also maintain two subprojects.'),
    p('Kueue: a job queueing controller.'),
    p('AP: What comes next?'),
    p('KN: Throughput.'),
  ]

  it('leaves the labels out and keeps who speaks, in full, up to the next label or heading', () => {
    const out = interviewTurns(interview, { byline: 'Arvind Parekh' })
    expect(out.map((b) => b.text)).toEqual([
      'In this spotlight we talked with Kensei Nakada, an approver in the group.',
      'Introductions',
      'Hello, thank you for the opportunity! Would you introduce yourself?',
      'Hi, thanks for the opportunity! I am a software engineer.',
      'About the group',
      'That is awesome! What does the group do?',
      'Our responsibility is to enhance scheduling.',
      'I also maintain two subprojects.',
      // (a label used once is a list's term, not a voice)
      'Kueue: a job queueing controller.',
      'What comes next?',
      'Throughput.',
    ])
    expect(out.map((b) => b.speaker)).toEqual([undefined, undefined, 'Arvind Parekh', 'Kensei Nakada', undefined, 'Arvind Parekh', 'Kensei Nakada', 'Kensei Nakada', 'Kensei Nakada', 'Arvind Parekh', 'Kensei Nakada'])
  })

  it('reads no interview in a text whose paragraphs only now and then open on a label', () => {
    const notes = [p('Update: the ferry now runs on Sundays.'), p('The council voted on Monday.'), p('Note: the vote was close.'), p('Residents welcomed it.'), p('Source: the council.')]
    expect(interviewTurns(notes, {})).toEqual(notes)
    const terms = [p('Kueue: a job queueing controller.'), p('KWOK: a toolkit for fake nodes.'), p('Descheduler: evicts pods.'), p('Kube-scheduler: the default scheduler.')]
    expect(interviewTurns(terms, {})).toEqual(terms)
  })
})
