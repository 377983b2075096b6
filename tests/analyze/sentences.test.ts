import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CASES, fixturePath } from '../fixture-articles.ts'
import { splitSentences } from '../../src/analyze/sentences.ts'
import type { Sentence, Span } from '../../src/types.ts'

/** One paragraph per non-empty line. */
function paragraphsOf(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

function split(text: string, lang?: string): Sentence[] {
  const paragraphs = paragraphsOf(text)
  const sentences = splitSentences(text, paragraphs, lang)
  expectWellFormed(text, paragraphs, sentences)
  return sentences
}

const texts = (text: string, lang?: string) => split(text, lang).map((s) => s.text)

/** Invariants of any split: exact slices, trimmed, in order, covering every visible character. */
function expectWellFormed(text: string, paragraphs: readonly Span[], sentences: readonly Sentence[]): void {
  let previousEnd = -1
  for (const s of sentences) {
    expect(s.text).toBe(text.slice(s.start, s.end))
    expect(s.text.length).toBeGreaterThan(0)
    expect(s.text).toBe(s.text.trim())
    expect(s.start).toBeGreaterThanOrEqual(previousEnd)
    const p = paragraphs[s.paragraph]!
    expect(s.start >= p.start && s.end <= p.end).toBe(true)
    previousEnd = s.end
  }
  paragraphs.forEach((p, i) => {
    const own = sentences.filter((s) => s.paragraph === i).map((s) => s.text).join('')
    expect(own.replace(/\s+/g, '')).toBe(text.slice(p.start, p.end).replace(/\s+/g, ''))
  })
}

describe('splitSentences', () => {
  it('does not split after abbreviations', () => {
    expect(texts('The U.S. economy grew last year. Mr. Smith agreed with the forecast.')).toEqual([
      'The U.S. economy grew last year.',
      'Mr. Smith agreed with the forecast.',
    ])
    expect(texts('Some tools, e.g. hammers, are useful. Others are not.')).toEqual([
      'Some tools, e.g. hammers, are useful.',
      'Others are not.',
    ])
    expect(texts('Acme Inc. raised money from investors. The round closed in May.')).toEqual([
      'Acme Inc. raised money from investors.',
      'The round closed in May.',
    ])
  })

  it('does not split a dateline\'s abbreviated state from the dash after it ("MONTGOMERY, Ala. -- …"), but a French line of dialogue', () => {
    expect(texts("MONTGOMERY, Ala. -- Alabama's strict new immigration law may be backfiring. It drives workers away.")).toEqual([
      "MONTGOMERY, Ala. -- Alabama's strict new immigration law may be backfiring.",
      'It drives workers away.',
    ])
    expect(texts('KANSAS CITY, Mo. — The council voted on Tuesday.')).toEqual(['KANSAS CITY, Mo. — The council voted on Tuesday.'])
    expect(texts('Il est parti. — Bon, dit-elle.', 'fr')).toEqual(['Il est parti.', '— Bon, dit-elle.'])
  })

  it('ends a sentence on a short form in capitals before a name written in lower case ("… filesystem API. fsspec allows …")', () => {
    expect(texts('This release adds support for the fsspec filesystem API. fsspec allows users to define their own filesystem.', 'en')).toEqual([
      'This release adds support for the fsspec filesystem API.',
      'fsspec allows users to define their own filesystem.',
    ])
    expect(texts('The new U.S. rules apply to banks. The U.S. is big.', 'en')).toHaveLength(2)
  })

  it('does not split between an abbreviation and the number or name it introduces', () => {
    expect(texts('By January, OpenAI sat at the No. 1 spot. It fell later.')).toEqual(['By January, OpenAI sat at the No. 1 spot.', 'It fell later.'])
    expect(texts('Nos. 3 and 4 were sold. Art. 5 applies to both.')).toEqual(['Nos. 3 and 4 were sold.', 'Art. 5 applies to both.'])
    expect(texts('Cats vs. dogs is an old debate. It goes on.')).toEqual(['Cats vs. dogs is an old debate.', 'It goes on.'])
    expect(texts('It’s no Mars vs. Venus misunderstanding. Roe v. Wade stood. It goes on.')).toEqual(['It’s no Mars vs. Venus misunderstanding.', 'Roe v. Wade stood.', 'It goes on.'])
    expect(texts('Gov. Newsom spoke first. Sen. Warren and Gen. Milley agreed.')).toEqual(['Gov. Newsom spoke first.', 'Sen. Warren and Gen. Milley agreed.'])
    expect(texts('Dr. Smith met Mr. Jones on Main St. at 9 a.m. today. Then they left.')).toEqual([
      'Dr. Smith met Mr. Jones on Main St. at 9 a.m. today.',
      'Then they left.',
    ])
    expect(texts('J. R. R. Tolkien wrote books. George W. Bush was president.')).toEqual(['J. R. R. Tolkien wrote books.', 'George W. Bush was president.'])
  })

  it('does not split after a German abbreviation that never ends a sentence ("sog.", "bzw.", "vgl.")', () => {
    expect(texts('DICOM bildet die Grundlage für sog. Picture Archiving and Communication Systems. Das ist wichtig.')).toEqual(['DICOM bildet die Grundlage für sog. Picture Archiving and Communication Systems.', 'Das ist wichtig.'])
    expect(texts('Die Daten liegen beim Arzt bzw. Krankenhaus. Die Kasse hat sie nicht.')).toEqual(['Die Daten liegen beim Arzt bzw. Krankenhaus.', 'Die Kasse hat sie nicht.'])
  })

  it('does not split a German ordinal from its month or the noun it counts', () => {
    // (netzpolitik.org: "Als am 11." had been a bullet, and "März 2014 trinken …" a sentence)
    expect(texts('Am 8. März 2014 trinken die beiden einen Cider. Wir klingeln im 1. Stock, weil hier sein Name steht.')).toEqual([
      'Am 8. März 2014 trinken die beiden einen Cider.',
      'Wir klingeln im 1. Stock, weil hier sein Name steht.',
    ])
    expect(texts('Das geschah im 20. Jahrhundert. Die Zahl stieg auf 11. Danach fiel sie.')).toEqual(['Das geschah im 20. Jahrhundert.', 'Die Zahl stieg auf 11.', 'Danach fiel sie.'])
    // (after an article or a preposition, before any noun: "der 27. UN-Klimakonferenz")
    expect(texts('Die Ergebnisse der 27. UN-Klimakonferenz wurden als schwach bewertet. Immerhin gibt es den Fonds.', 'de')).toEqual(['Die Ergebnisse der 27. UN-Klimakonferenz wurden als schwach bewertet.', 'Immerhin gibt es den Fonds.'])
  })

  it('does not split at an abbreviation before a number glued to it, before a term in quotation marks, nor at a Russian amount\'s', () => {
    expect(texts('Die Emissionen liegen bei ca.16 Tonnen pro Kopf und Jahr. Das ist viel.', 'de')).toEqual(['Die Emissionen liegen bei ca.16 Tonnen pro Kopf und Jahr.', 'Das ist viel.'])
    expect(texts('Modelliert wurde das in der sog. „RESCUE-Studie“ des Amts. Das ist viel.', 'de')).toEqual(['Modelliert wurde das in der sog. „RESCUE-Studie“ des Amts.', 'Das ist viel.'])
    expect(texts('Граница бедности составила 14 тыс. 026 руб. в месяц. Это много.', 'ru')).toEqual(['Граница бедности составила 14 тыс. 026 руб. в месяц.', 'Это много.'])
    // (an Arabic question mark ends its sentence)
    expect(texts('هل ستبقى المكتبة مفتوحة في المساء؟ هذا هو السؤال الذي طرحه الطلاب.', 'ar')).toHaveLength(2)
  })

  it('ends a sentence after an abbreviation when a sentence-opening word follows', () => {
    expect(texts('He arrived at 9 a.m. Then he left.')).toEqual(['He arrived at 9 a.m.', 'Then he left.'])
    expect(texts('The plant is in the U.S. The office is in Berlin.')).toEqual(['The plant is in the U.S.', 'The office is in Berlin.'])
    expect(texts('He works for the U.S. Army. It is big.')).toEqual(['He works for the U.S. Army.', 'It is big.'])
    // (a capital letter alone that is a model's name, not an initial: "the Xbox One S.")
    expect(texts("The controller hasn't changed since the Xbox One S. That revision rounded out its seams.")).toEqual(["The controller hasn't changed since the Xbox One S.", 'That revision rounded out its seams.'])
    expect(texts('Harry S. Truman was president. Plan B. The second option.')).toEqual(['Harry S. Truman was president.', 'Plan B.', 'The second option.'])
  })

  it('ends a sentence before a footnote number glued after its full stop', () => {
    expect(texts('Pager fatigue is real.24 It recurs every week.')).toEqual(['Pager fatigue is real.24', 'It recurs every week.'])
  })

  it('ends a sentence at a full stop a page glued to the next sentence, not at a name in code or an address', () => {
    expect(texts('Powell got three votes as an effort to promote a candidate other than Trump.An elector in Maine tried too.')).toEqual(['Powell got three votes as an effort to promote a candidate other than Trump.', 'An elector in Maine tried too.'])
    const glued = 'Kasich and Paul got one vote each.Seven people received votes. There were seven electors.Most of them were odd. It was "evident."Making it worse, a statement came.'
    expect(texts(glued)).toEqual(['Kasich and Paul got one vote each.', 'Seven people received votes.', 'There were seven electors.', 'Most of them were odd.', 'It was "evident."', 'Making it worse, a statement came.'])
    expect(texts('Implement the http.Handler interface and call os.Exit(1) on www.Example.com now.')).toHaveLength(1)
  })

  it('keeps decimals and currency amounts together', () => {
    expect(texts('The startup raised $5.6 million in March. It plans to hire 40 people.')).toEqual([
      'The startup raised $5.6 million in March.',
      'It plans to hire 40 people.',
    ])
  })

  it('handles an ellipsis inside a sentence', () => {
    expect(texts('He was tired… and yet he kept going. Then she arrived.')).toEqual([
      'He was tired… and yet he kept going.',
      'Then she arrived.',
    ])
  })

  it('ends a sentence at a closing quotation mark', () => {
    expect(texts('She said, “We will win.” Nobody doubted her.')).toEqual(['She said, “We will win.”', 'Nobody doubted her.'])
    expect(texts('She said, "We will win." Nobody doubted her.')).toEqual(['She said, "We will win."', 'Nobody doubted her.'])
  })

  it('keeps opening quotes and brackets with their sentence', () => {
    expect(texts('"It works," he said. "Nobody believed it."')).toEqual(['"It works," he said.', '"Nobody believed it."'])
    expect(texts('The model (released in 2025) was cheap. Critics disagreed.')).toEqual([
      'The model (released in 2025) was cheap.',
      'Critics disagreed.',
    ])
  })

  it('keeps a question that goes on in lower case inside its sentence', () => {
    const text = 'The doc will summarize Rust adoption -- where is Rust adding value? what works well? -- based on conversations with users. It ends here.'
    expect(texts(text)).toEqual([
      'The doc will summarize Rust adoption -- where is Rust adding value? what works well? -- based on conversations with users.',
      'It ends here.',
    ])
    expect(texts('Is it cheap? Nobody knows. Wow! the price fell.')).toEqual(['Is it cheap?', 'Nobody knows.', 'Wow! the price fell.'])
    // (a macro's "!" before a quoted word in lower case)
    expect(texts('The function crossed the boundary, either from a panic! "escaping" from a Rust function or from C code. It ends here.')).toEqual([
      'The function crossed the boundary, either from a panic! "escaping" from a Rust function or from C code.',
      'It ends here.',
    ])
  })

  it('keeps a piece that goes on in lower case after a stray full stop in the sentence before it, but in English', () => {
    const de = 'Die Klauseln gelten. Sie dürfen Kunden nicht benachteiligen, andernfalls. sind die Klauseln unwirksam. Das sagt das Gericht.'
    expect(texts(de, 'de')).toEqual(['Die Klauseln gelten.', 'Sie dürfen Kunden nicht benachteiligen, andernfalls. sind die Klauseln unwirksam.', 'Das sagt das Gericht.'])
    // (and after an ordinal's stop, in a language that writes "13." for "13th")
    const cs = 'V evropském srovnání jsme klesli z 13. místa na 15. Za námi zůstalo Slovensko. Výdaje jsou vysoké.'
    expect(texts(cs, 'cs')).toEqual(['V evropském srovnání jsme klesli z 13. místa na 15.', 'Za námi zůstalo Slovensko.', 'Výdaje jsou vysoké.'])
    // (a tool's name may open an English sentence in lower case)
    const en = 'We profile every invocation. crox can then combine all of the profiles. It takes a minute.'
    expect(texts(en, 'en')).toEqual(['We profile every invocation.', 'crox can then combine all of the profiles.', 'It takes a minute.'])
  })

  it('ends no sentence at a full stop standing alone before words in lower case (a command\'s argument in the prose)', () => {
    const docker = 'Every change invalidates the COPY . /tmp/myapp layer in the Docker cache. So the build is slow.'
    expect(texts(docker, 'en')).toEqual(['Every change invalidates the COPY . /tmp/myapp layer in the Docker cache.', 'So the build is slow.'])
    // (one before a capital still ends its sentence)
    expect(texts('The list is done . Then we test it.', 'en')).toEqual(['The list is done .', 'Then we test it.'])
  })

  it('ends no sentence between Scandinavian "kl." and the hour', () => {
    expect(texts('Efter en lang dag fik de dog plads kl. 21 på en lille restaurant. Maden var god.', 'da')).toEqual(['Efter en lang dag fik de dog plads kl. 21 på en lille restaurant.', 'Maden var god.'])
  })

  it('splits Chinese after 。！？ and keeps closing quotes', () => {
    expect(texts('我们去了公园。你呢？太好了！')).toEqual(['我们去了公园。', '你呢？', '太好了！'])
    expect(texts('她说：“以前楼顶只是晒被子的地方！”现在不一样了。')).toEqual(['她说：“以前楼顶只是晒被子的地方！”', '现在不一样了。'])
  })

  it('keeps a paragraph without final punctuation', () => {
    expect(texts('A heading-like line without a stop')).toEqual(['A heading-like line without a stop'])
  })

  it('assigns sentences to their paragraphs', () => {
    const s = split('First one. Second one.\nThird one.')
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1])
  })

  it('gives exact slices for every fixture article', () => {
    const files = ['bundled', ...FIXTURE_CASES].map(fixturePath).filter((f) => /\.(txt|md)$/.test(f))
    expect(files.length).toBeGreaterThan(5)
    for (const f of files) split(readFileSync(f, 'utf8'))
  })

  it('keeps the invariants on random text', () => {
    const token = fc.constantFrom(
      'The', 'U.S.', 'Mr.', 'e.g.', 'Inc.', '$5.6', 'million', 'word', 'end.', 'what?', 'yes!', '…', '...', '“quoted.”',
      '"said."', '(aside.)', '[note]', '我们', '去了。', '你呢？', 'émigré', '42.', '-', '—', 'St.', 'No.', 'a.m.',
    )
    const sep = fc.constantFrom(' ', '  ', '\t', ' ')
    const paragraph = fc.array(fc.tuple(token, sep), { minLength: 1, maxLength: 30 }).map((ts) => ts.map(([t, s]) => t + s).join('').trim())
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (ps) => {
        const text = ps.join('\n\n')
        const paragraphs = paragraphsOf(text)
        expectWellFormed(text, paragraphs, splitSentences(text, paragraphs))
      }),
      { numRuns: 300 },
    )
  })
})

describe('splitSentences: Korean', () => {
  it('ends a Korean sentence on a full stop after a syllable and a space', () => {
    const text = '인그레스는 트래픽을 안내하는 방식이다. 많은 컨트롤러가 존재한다. 버전 1.2는 유지된다.'
    expect(splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text)).toEqual(['인그레스는 트래픽을 안내하는 방식이다.', '많은 컨트롤러가 존재한다.', '버전 1.2는 유지된다.'])
  })
})

describe('splitSentences: Polish "ok."', () => {
  it('does not end a sentence at "ok." before a number', () => {
    const text = 'W ramach walki ze zmianami klimatu ok. 37 mld euro ma trafić na zieloną transformację. Reszta pójdzie na cyfryzację.'
    expect(splitSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text)).toEqual(['W ramach walki ze zmianami klimatu ok. 37 mld euro ma trafić na zieloną transformację.', 'Reszta pójdzie na cyfryzację.'])
  })

  it('does not end a sentence after a dotted abbreviation ("m.in.", "e.g.") before a word in lower case', () => {
    const sentences = [
      'Dziś w Finlandii istnieje ok. 25 winiarni produkujących wina owocowe.',
      'Zdecydowana większość – w południowej części kraju, w okolicach dużych miast.',
      'Najbardziej wysuniętą na północ jest Ranua-Revontuli Oy – 80 km. od Rovaniemi, która tworzy m.in. wina z dzikich arktycznych jagód zbieranych w sierpniu.',
      'Dalej jest tak.',
    ]
    const text = sentences.join(' ')
    expect(splitSentences(text, [{ start: 0, end: text.length }], 'pl').map((s) => s.text)).toEqual(sentences)
    const en = 'The firm moved to the U.S. It grew fast.'
    expect(splitSentences(en, [{ start: 0, end: en.length }], 'en').map((s) => s.text)).toEqual(['The firm moved to the U.S.', 'It grew fast.'])
  })
})

describe('splitSentences: a footnote marker alone after a full stop', () => {
  it('joins the sentence it follows ("… to see if they work. [2]"), not a note that opens on its marker', () => {
    expect(texts('They try them out to see if they work. [2]\nWhy do the independent-minded need to be protected?')).toEqual(['They try them out to see if they work. [2]', 'Why do the independent-minded need to be protected?'])
    expect(texts('[2] The aggressively conventional-minded aren’t responsible for all the trouble.')).toEqual(['[2] The aggressively conventional-minded aren’t responsible for all the trouble.'])
  })
})
