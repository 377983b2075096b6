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

  it('reads questions set in bold before their answers as asked, the answers in the voice of the one the opening names', async () => {
    const { parseHtml } = await import('../../src/ingest/html.ts')
    const qa = (q: string, a: string) => `<p><strong>${q}</strong><br>${a}</p>`
    const turns = [
      qa('Critics of the recent movies have said they are too dark. Is that what makes these stories unique?', 'Hope and optimism have always been a part of who these characters are, and I think that is why they resonate.'),
      qa('You grew up reading comic books.', 'I identified with the hopefulness of the hero, and I read every issue I could find as a kid.'),
      qa('Your first superhero show is one most people have forgotten.', 'The lesson was not to change the DNA of what you promise to the audience, whatever the network says.'),
      qa('How many shows do you run now?', 'We run four of them, and each one has its own writers room and its own tone.'),
    ]
    const intro = '<p>The superhero shows on the network are built on banter and action, thanks largely to producer Greg Berlanti. Berlanti has four of them on the air this fall.</p>'
    const a = parseHtml(`<html><head><title>The secret to superhero TV</title><meta name="author" content="Abraham Riesman"></head><body><article><h1>The secret to superhero TV</h1>${intro}${turns.join('')}</article></body></html>`, 'qa.html')
    const blocks = a.blocks.map((b) => ({ text: a.text.slice(b.start, b.end), speaker: b.speaker, asked: b.asked }))
    expect(blocks.find((b) => b.text.startsWith('How many shows'))).toMatchObject({ text: 'How many shows do you run now?', asked: true })
    expect(blocks.find((b) => b.text.startsWith('We run four'))).toMatchObject({ speaker: 'Greg Berlanti' })
    expect(blocks.find((b) => b.text.startsWith('The superhero shows'))?.speaker).toBeUndefined()
    // (a question is no point of the article's)
    const { analyze } = await import('../../src/analyze/index.ts')
    const { planDeck } = await import('../../src/plan/index.ts')
    const bullets = planDeck(analyze(a)).slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.some((t) => /How many shows|You grew up|forgotten/u.test(t))).toBe(false)
    expect(bullets.some((t) => /We run four/u.test(t))).toBe(true)
  })
})
