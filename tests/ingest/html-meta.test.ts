import { describe, expect, it } from 'vitest'
import { withoutSiteName } from '../../src/ingest/html-meta.ts'

describe('withoutSiteName', () => {
  it('drops a short tail after " | ", and after a dash only the site’s own name or address', () => {
    expect(withoutSiteName('Friday Facts #282 - 0.17 in sight | Factorio')).toBe('Friday Facts #282 - 0.17 in sight')
    expect(withoutSiteName('Friday Facts #282 - 0.17 in sight')).toBe('Friday Facts #282 - 0.17 in sight')
    expect(withoutSiteName('Google - Site Reliability Engineering', undefined, 'https://sre.google/book')).toBe('Google - Site Reliability Engineering')
    expect(withoutSiteName('Attack stokes fears in North Africa - The Washington Post', 'The Washington Post')).toBe('Attack stokes fears in North Africa')
    expect(withoutSiteName('How we designed ATF — Dropbox', undefined, 'https://www.dropbox.com/blog/atf')).toBe('How we designed ATF')
    // the last separator, one tail only
    expect(withoutSiteName('My Great Post - Part 2 - Example', 'Example')).toBe('My Great Post - Part 2')
    expect(withoutSiteName('Episode 12 | Season 3 | Netflix')).toBe('Episode 12 | Season 3')
    // a pipe inside a long tail is no site's name
    expect(withoutSiteName('Votes | Why the council changed its mind on the harbour road plan')).toBe('Votes | Why the council changed its mind on the harbour road plan')
  })
})
