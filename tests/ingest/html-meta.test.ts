import { describe, expect, it } from 'vitest'
import { withoutSiteName } from '../../src/ingest/html-meta.ts'

describe('withoutSiteName', () => {
  it('drops a short tail after " | ", and after a dash only the site’s own name or address', () => {
    expect(withoutSiteName('Friday Facts #282 - 0.17 in sight | Factorio')).toBe('Friday Facts #282 - 0.17 in sight')
    expect(withoutSiteName('Friday Facts #282 - 0.17 in sight')).toBe('Friday Facts #282 - 0.17 in sight')
    expect(withoutSiteName('Google - Site Reliability Engineering', undefined, 'https://sre.google/book')).toBe('Google - Site Reliability Engineering')
    expect(withoutSiteName('Attack stokes fears in North Africa - The Washington Post', 'The Washington Post')).toBe('Attack stokes fears in North Africa')
    expect(withoutSiteName('Perturbazione polare al Centro e al Sud. Il Nord mantiene temperature alte - La Stampa', 'lastampa.it')).toBe('Perturbazione polare al Centro e al Sud. Il Nord mantiene temperature alte')
    expect(withoutSiteName('A storm hits the coast - Storm Watch', 'lastampa.it')).toBe('A storm hits the coast - Storm Watch')
    // (the site's name first, before a bar: the page's address names it)
    expect(withoutSiteName('BMJV  |  Transparenz bei Preisanpassungen', undefined, 'https://www.bmjv.de/DE/Verbraucherportal/x.html')).toBe('Transparenz bei Preisanpassungen')
    expect(withoutSiteName('Budget | The council votes on Monday', undefined, 'https://www.bmjv.de/x.html')).toBe('Budget | The council votes on Monday')
    expect(withoutSiteName('How we designed ATF — Dropbox', undefined, 'https://www.dropbox.com/blog/atf')).toBe('How we designed ATF')
    // the last separator, one tail only
    expect(withoutSiteName('My Great Post - Part 2 - Example', 'Example')).toBe('My Great Post - Part 2')
    expect(withoutSiteName('Episode 12 | Season 3 | Netflix')).toBe('Episode 12 | Season 3')
    // after a "»" too (a blog network's: SciLogs), but not the close of a quotation opened with "«"
    expect(withoutSiteName('Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs', 'SciLogs - Wissenschaftsblogs')).toBe('Die Ablehnung der Gendersprache')
    expect(withoutSiteName('Regeln » Blog')).toBe('Regeln » Blog')
    expect(withoutSiteName('Le mot « crise » fait débat')).toBe('Le mot « crise » fait débat')
    // a pipe inside a long tail is no site's name
    expect(withoutSiteName('Votes | Why the council changed its mind on the harbour road plan')).toBe('Votes | Why the council changed its mind on the harbour road plan')
  })

  it('drops a blog\'s name after " @ " with the site\'s after " :: ", and a Chinese or Japanese portal\'s tail', () => {
    expect(withoutSiteName('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::')).toBe('新竹尖石_美樹營地賞楓 (2)')
    expect(withoutSiteName('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网')).toBe('海外留学生看两会：出国前后关注点大不同')
    expect(withoutSiteName('欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞')).toBe('欲張りなイヌ')
    expect(withoutSiteName('日銀が利上げを決定｜日本経済新聞')).toBe('日銀が利上げを決定')
    // (not "@" alone, which a title may use for "at"; not a short title's underscore, nor a Latin one's)
    expect(withoutSiteName('Meet the council at noon @ The Plaza')).toBe('Meet the council at noon @ The Plaza')
    expect(withoutSiteName('北京_天气')).toBe('北京_天气')
    expect(withoutSiteName('Reading the snake_case style guide_v2')).toBe('Reading the snake_case style guide_v2')
  })
})
