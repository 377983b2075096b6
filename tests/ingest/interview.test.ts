import { describe, expect, it } from 'vitest'
import { interviewTurns } from '../../src/ingest/interview.ts'
import { rawHeading as h, rawParagraph as p } from './helpers.ts'

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
    expect(out.map((b) => b.speaker)).toEqual([undefined, undefined, undefined, 'Kensei Nakada', undefined, undefined, 'Kensei Nakada', 'Kensei Nakada', 'Kensei Nakada', undefined, 'Kensei Nakada'])
    // (the voice whose turns ask, the interviewer's, is asked: no point of the article's)
    expect(out.map((b) => b.asked ?? false)).toEqual([false, false, true, false, false, true, false, false, false, true, false])
  })

  it('reads no interviewer where both voices ask, or neither', () => {
    const talk = [p('Ann: Why did the ferry stop?'), p('Bo: Because the pier broke. Why do you ask?'), p('Ann: I took it every day, you know?'), p('Bo: So did I, was it not lovely?')]
    expect(interviewTurns(talk, {}).some((b) => b.asked)).toBe(false)
  })

  it('reads a label before a full-width colon, and a writer who labels only the questions: those are asked, the answers signed by no one but a labelled one', () => {
    const zh = [
      p('Sandipan：你好，能否先简单介绍一下你自己？'),
      p('Maciej：嗨，我叫 Maciej，是 SIG Apps 的负责人之一。'),
      p('我最初从构建 Deployment API 开始。'),
      p('以下所有回答均由 Maciej 和 Janet 共同提供。'),
      p('Sandipan：SIG Apps 目前正在进行哪些项目？'),
      p('我们有两个工作组。'),
      p('Sandipan：SIG Apps 面临的挑战是什么？'),
      p('我们需要拒绝许多功能。'),
      p('Sandipan：你们最喜欢的事情有哪些？'),
      p('参与我们会议的人们。'),
    ]
    const out = interviewTurns(zh, { byline: 'Sandipan Panda (DevZero)' })
    expect(out.map((b) => b.text)).toEqual(zh.map((b) => b.text.replace(/^\w+：/u, '')))
    expect(out.map((b) => b.asked)).toEqual([true, undefined, undefined, undefined, true, undefined, true, undefined, true, undefined])
    expect(out.map((b) => b.speaker)).toEqual(['Sandipan Panda (DevZero)', 'Maciej', 'Maciej', 'Maciej', 'Sandipan Panda (DevZero)', undefined, 'Sandipan Panda (DevZero)', undefined, 'Sandipan Panda (DevZero)', undefined])
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
      qa('You pitched an Iron Man movie?', 'I did, yeah.'),
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
    // (a short question heads its answer, a long one does not, nor one over an answer of a few words)
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['You grew up reading comic books.', 'Your first superhero show is one most people have forgotten.', 'How many shows do you run now?'])
    // (questions set in italics so read as asked too, when they ask; an italic line that asks nothing stays the paragraph's)
    const em = (q: string, x: string) => `<p><em>${q}</em><br>${x}</p>`
    const italic = [
      em('Is that what makes these stories unique?', 'Hope and optimism have always been a part of who these characters are, and I think that is why they resonate.'),
      em('Did you grow up reading comic books?', 'I identified with the hopefulness of the hero, and I read every issue I could find as a kid.'),
      em('What did your first show teach you?', 'The lesson was not to change the DNA of what you promise to the audience, whatever the network says.'),
      em('How many shows do you run now?', 'We run four of them, and each one has its own writers room and its own tone.'),
      em('An aside on the network.', 'The network renewed all four shows last spring, before the ratings for the finales came in.'),
    ]
    const b = parseHtml(`<html><head><title>The secret to superhero TV</title></head><body><article><h1>The secret to superhero TV</h1>${intro}${italic.join('')}</article></body></html>`, 'qa.html')
    const asked = b.blocks.filter((x) => x.asked).map((x) => b.text.slice(x.start, x.end))
    expect(asked).toContain('How many shows do you run now?')
    expect(asked.some((t) => t.startsWith('An aside'))).toBe(false)
  })

  it('reads "Q:" and "A:" labels: the questions asked (a short one heading its answer), the answers in the voice of the one the opening names', () => {
    const meta = { title: 'Introducing Maria Gaspard, New CEO at Experience' }
    const long = 'We are moving subscription access to the next level with an offer called INWEGO, which gives unlimited access to tickets for a flat fee each month.'
    const blocks = interviewTurns([
      p('Experience is thrilled to have Maria Gaspard as our new President and CEO. Gaspard joined the company in 2012.'),
      p('Q: What’s on the horizon for the business?'),
      p(`A: ${long}`),
      p('Q: What are your hobbies?'),
      p('A: Reading and travel.'),
      p('Q: How do you prioritize your day?'),
      p('A: I have been well served in my career by using a guide to the habits of effective people, and I keep a list.'),
      p('Our partners are innovative and willing to try new things with us, which is priceless.'),
    ], meta)
    expect(blocks.map((b) => [b.kind, b.text, b.asked ?? false, b.speaker])).toEqual([
      ['paragraph', 'Experience is thrilled to have Maria Gaspard as our new President and CEO. Gaspard joined the company in 2012.', false, undefined],
      ['heading', 'What’s on the horizon for the business?', true, undefined],
      ['paragraph', long, false, 'Maria Gaspard'],
      ['paragraph', 'What are your hobbies?', true, undefined],
      ['paragraph', 'Reading and travel.', false, 'Maria Gaspard'],
      ['heading', 'How do you prioritize your day?', true, undefined],
      ['paragraph', 'I have been well served in my career by using a guide to the habits of effective people, and I keep a list.', false, 'Maria Gaspard'],
      ['paragraph', 'Our partners are innovative and willing to try new things with us, which is priceless.', false, 'Maria Gaspard'],
    ])
  })

  it('reads questions set as headings as asked (a long one a paragraph), the answers under them in the voice of the one the title names', () => {
    const meta = { title: 'Sur les migrations avec François Héran', byline: 'Uriel Gadessaud' }
    const long = 'Vous évoquez les différences entre les politiques migratoires de la France et de l’Allemagne. Pourquoi la France est-elle moins engagée dans le droit d’asile ?'
    const answer = 'Depuis les années 1990, une loi est promulguée environ tous les deux ans pour restreindre le droit d’asile, dit François Héran.'
    const blocks = interviewTurns([
      p('François Héran est professeur au Collège de France.'),
      h('Quel est selon vous le poids de la géographie ?'),
      p('Il y a d’abord le poids de la géographie, et il est grand pour les pays insulaires.'),
      h(long),
      p(answer),
      h('Et la politique de l’immigration choisie, vous y croyez ?'),
      p('Non, c’est un échec total : seuls le Canada, l’Australie et la Nouvelle-Zélande ont une telle politique dans le monde.'),
      h('Qu’en est-il de l’immigration clandestine en Europe ?'),
      p('Il n’existe pas de données sur l’immigration clandestine, seulement des indicateurs et des estimations, souvent fragiles et discutées.'),
      h('Sources'),
      p('INSEE, 2019.'),
    ], meta)
    expect(blocks.map((b) => [b.kind, b.asked ?? false, b.speaker])).toEqual([
      ['paragraph', false, undefined],
      ['heading', true, undefined],
      ['paragraph', false, 'François Héran'],
      ['paragraph', true, undefined],
      ['paragraph', false, 'François Héran'],
      ['heading', true, undefined],
      ['paragraph', false, 'François Héran'],
      ['heading', true, undefined],
      ['paragraph', false, 'François Héran'],
      ['heading', false, undefined],
      ['paragraph', false, undefined],
    ])
    // (a writer's own questions over their answers, asked of no one, are headings as they are: "So what's a GreenPak?")
    const own = [h('So what is a GreenPak?'), p('It is a small programmable chip with a few hundred gates and some analog blocks, sold by Silego.'), h('How does it work?'), p('You write the netlist, the tool maps it to the gates, and the programmer burns it into the chip.'), h('Is it hard?'), p('Not really: the datasheets are good and the parts are cheap enough to experiment with freely.'), h('What is next?'), p('More parts, a simulator and a proper timing analysis are the next things on the list.')]
    expect(interviewTurns(own, { title: 'GreenPak for everyone', byline: 'Andrew Zonenberg' })).toEqual(own)
  })
})
