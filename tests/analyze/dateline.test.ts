import { describe, expect, it } from 'vitest'
import { datelineSpan } from '../../src/analyze/dateline.ts'
import { compressSentence } from '../../src/analyze/compress.ts'

const strip = (s: string) => {
  const [d] = datelineSpan(s)
  return d ? s.slice(d.end) : s
}

describe('datelineSpan', () => {
  it('finds the datelines of wire and newspaper stories', () => {
    expect(strip('CAIRO — Gunmen opened fire on visitors.')).toBe('Gunmen opened fire on visitors.')
    expect(strip('Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.')).toBe('Life-threatening peanut allergies have been on the rise.')
    expect(strip('April 17, 2015 — Imagine being sick in the hospital.')).toBe('Imagine being sick in the hospital.')
    expect(strip('JAKARTA (Reuters) - Countries around Asia stepped up the search.')).toBe('Countries around Asia stepped up the search.')
    expect(strip('SAN FRANCISCO, Calif. (AP) — The company said on Monday it would cut jobs.')).toBe('The company said on Monday it would cut jobs.')
    expect(strip('LONDON -- “We are ready,” she said.')).toBe('“We are ready,” she said.')
    expect(strip('Indianapolis – Several thousand teachers surrounded the Statehouse.')).toBe('Several thousand teachers surrounded the Statehouse.')
    expect(strip('Kansas City, Mo. — The council voted on Monday.')).toBe('The council voted on Monday.')
  })

  it('finds the place and date of a press release', () => {
    expect(strip('Wilmington, DE —2 August 2021— The Apache Software Foundation announced today Apache Pinot as a Top-Level Project.')).toBe('The Apache Software Foundation announced today Apache Pinot as a Top-Level Project.')
    expect(strip('NEW YORK, Aug. 2, 2021 /PRNewswire/ -- Acme Corp. reported record sales.')).toBe('Acme Corp. reported record sales.')
    // (the wire in brackets between two dashes)
    expect(strip('KEARNEY, NE -- (BUSINESS WIRE) -- The Buckle, Inc. announced its results today.')).toBe('The Buckle, Inc. announced its results today.')
    expect(strip('SAN JOSE, Calif., March 3, 2020 – Acme today launched a new phone.')).toBe('Acme today launched a new phone.')
  })

  it('leaves sentences without one alone', () => {
    for (const s of ['NASA said the launch would go ahead.', 'The EU — and its members — agreed.', 'A - B testing is common.', 'OK so this is fine.', 'Cairo — the capital — is crowded.', 'Tesla – the carmaker – said it would cut prices.', 'On March 3, 2020 – a Tuesday – it rained.'])
      expect(strip(s)).toBe(s)
  })

  it('a bullet leaves the dateline out, and still points into the sentence', () => {
    const s = 'CAIRO — Gunmen opened fire on visitors at the museum on Wednesday.'
    const c = compressSentence(s)
    expect(c.text).toBe('Gunmen opened fire on visitors at the museum on Wednesday')
    expect(c.pieces[0]!.start).toBe(s.indexOf('Gunmen'))
  })
})
