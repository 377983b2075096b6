import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { tweetsAsQuotations } from '../../src/ingest/tweets.ts'

describe('tweetsAsQuotations', () => {
  it('sets a post off as a quotation its signature names, without its picture link or the handle and date', () => {
    const blocks = tweetsAsQuotations([
      { kind: 'paragraph', text: 'The chief minister posted a message on Friday.' },
      { kind: 'paragraph', text: 'I urge all Delhiites to use the masks whenever needed pic.twitter.com/MYwRz9euaq' },
      { kind: 'paragraph', text: '— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019' },
    ])
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'The chief minister posted a message on Friday.' },
      { kind: 'blockquote', text: 'I urge all Delhiites to use the masks whenever needed' },
      { kind: 'blockquote', text: '— Arvind Kejriwal' },
    ])
  })

  it('leaves a line that signs nothing with a handle alone', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'A paragraph.' }, { kind: 'paragraph' as const, text: '— Jane Doe, Acme Corp' }]
    expect(tweetsAsQuotations(blocks)).toEqual(blocks)
  })

  it('credits a post pasted in plain text to its author', () => {
    const body = (n: number) => `Paragraph ${n} of the story is long enough to be read as body text, and it ends with a full stop.`
    const text = `Smog returns to Delhi\n\n${body(1)}\n\nDelhi has turned into a gas chamber. I urge all Delhiites to use the masks whenever they need them pic.twitter.com/MYwRz9euaq\n\n— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019\n\n${body(2)}\n\n${body(3)}`
    const a = analyze(parseText(text, 'x.txt'))
    expect(a.quotes.find((q) => q.text.startsWith('Delhi has turned'))).toMatchObject({ speaker: 'Arvind Kejriwal', text: 'Delhi has turned into a gas chamber. I urge all Delhiites to use the masks whenever they need them' })
  })
})
