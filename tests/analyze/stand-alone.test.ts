import { describe, expect, it } from 'vitest'
import { tagWords } from '../../src/analyze/constituents.ts'
import { compressSentence } from '../../src/analyze/compress.ts'
import { announcesWhatFollows, asksAQuestion, creditsAPronoun, inFirstPerson, mayHoldThirdPerson, opensContrast, opensInLowerCase, quotesSomeoneUnnamed, onlyRelativeClause, pointsAhead, pointsBack, pronounBeforeNoun, refersBack, THIRD_PERSON, titleCased, unbalancedQuotes, wholeAside, wholeQuotation, withoutToday } from '../../src/analyze/stand-alone.ts'
import { tagged } from '../../src/analyze/tagger.ts'
import { FIXTURE_CASES, loadAnalysis } from '../fixture-articles.ts'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

describe('asksAQuestion', () => {
  it('reads a question by its mark last in Latin, full-width and Arabic script', () => {
    expect(asksAQuestion('Who suffers more?')).toBe(true)
    expect(asksAQuestion('… opted out?”')).toBe(true)
    expect(asksAQuestion('图书馆晚上开放吗？')).toBe(true)
    // the Arabic fixture's question had been a bullet: "Will the library stay open in the evening?"
    expect(asksAQuestion('هل ستبقى المكتبة مفتوحة في المساء؟')).toBe(true)
    expect(asksAQuestion('قالت مديرة المكتبة إن المكتبة تضم أكثر من أربعين ألف كتاب.')).toBe(false)
    expect(asksAQuestion('Is it? No.')).toBe(false)
  })
})

describe('opensInLowerCase', () => {
  it('tells the rest of a sentence or a reply quoted in pieces from a name written in lower case', () => {
    for (const t of ["especially since it isn't his only source of income", 'thus, guessing net income is more haphazard', 'don’t preach to me Mr. integrity']) expect(opensInLowerCase(t), t).toBe(true)
    for (const t of ['rustc can also use the version of LLVM on the system', 'iPhone sales rose by a third', 'crox can then combine all of the profiles', 'The end came quickly']) expect(opensInLowerCase(t), t).toBe(false)
  })

  it('makes no bullet of such a sentence in a paragraph, and leaves a list item in lower case as it is', () => {
    const md = ['# Podcasts', '', 'Marco earned his success over many years of hard work on his apps and his podcasts.', '', 'especially since it isn’t his only source of income, and the rates are not what people think they are.', '', 'The sponsors pay a fixed rate for every episode of the show, and the hosts split it three ways.', '', 'What the hosts make:', '', '* sponsorship money from the weekly rate card of the show', '* listener support through a membership plan for the fans'].join('\n')
    const a = analyze(parseMarkdown(md, 'p.md'))
    const points = a.sections.flatMap((x) => x.keyPoints.filter((k) => k.score > 0.01).map((k) => k.text))
    expect(points.some((p) => p.startsWith('especially'))).toBe(false)
    expect(points.some((p) => p.startsWith('sponsorship money'))).toBe(true)
  })
})

describe('titleCased', () => {
  it.each([
    ['Junk Fees Hit Consumers – and Businesses – in the Pocketbook', true],
    ['First Quarter 2024 Operational and Other Financial Highlights', true],
    ['Restricting Junk Fees Charged by Auto Dealers', true],
    ['Zhang cofounded Editas Medicine', false],
    ['Cases of COVID-19 are surging in Europe and East Asia due to Omicron BA.2', false],
    ['Why Polarization Still Matters with Voters Across America', true],
    ['Meta Platforms reported financial results for the quarter ended March 31', false],
  ])('%s: %s', (text, expected) => {
    expect(titleCased(text)).toBe(expected)
  })
})

describe('refersBack', () => {
  it.each([
    ['Facebook uses this contact information to learn about people', 'en', true],
    // a demonstrative standing for the clause before it in the same sentence
    ['LLVM expects an i128 to be passed half in a register, but this is not allowed by the ABI', 'en', false],
    ['LLVM expects an i128 to be passed half in a register, but this rule is not in the ABI', 'en', true],
    ['But this is not allowed by the ABI', 'en', true],
    ['Many people do not have these privileges', 'en', true],
    ['Developers have ordered 412 turbines so far this year', 'en', false],
    ["Some of this year's record orders could be cancelled", 'en', false],
    ['In this post we look at the tools', 'en', false],
    ['It also links people together', 'en', true],
    ['Task execution in clients is not affected by this.', 'en', true],
    ['By that, we should provide the positive aspects of the new quickbar', 'en', true],
    ['Dans ces cas, la procédure classique devra s’appliquer', 'fr', true],
    ['Les mineurs pourront être inscrits dans ce fichier', 'fr', true],
    ['Cette année, la loi a été votée', 'fr', true],
    ['La loi a été votée cette année', 'fr', false],
    ['Cualquiera puede encontrar esta información', 'es', true],
    // a place or manner said before, closing the sentence; a verb opening a sentence whose subject is in the one before
    ['Los paralelos, sin embargo, terminan allí', 'es', true],
    ['¡En Medio Oriente pagarían por un terrorismo así!', 'es', true],
    ['Así se organizan las comunidades del sur', 'es', true],
    ['Los mapuches viven allí desde hace siglos y reclaman sus tierras', 'es', false],
    ['No son un capricho chavista: los países que reputamos serios los reconocen', 'es', true],
    ['Hay dos posibilidades', 'es', false],
    ['Les parallèles s’arrêtent là', 'fr', true],
    ['Là, les parallèles s’arrêtent pour de bon', 'fr', false],
    ['Owen Fairweather said the stadium would be “the best thing to happen to this street”', 'en', false],
    ['这些人支持这个计划', 'zh', true],
    // a time told from a moment said before, not one told from now
    ['Doudna published her own results a few weeks later', 'en', true],
    ['Not dressing up that night was Feng Zhang', 'en', true],
    ['The next day the company fired its chief executive', 'en', true],
    ['Later this year the firm will list its shares', 'en', false],
    ['The firm was founded two years before the crash', 'en', false],
    ['We actually got to see that firsthand', 'en', true],
    ['Two years later she founded her own company', 'en', true],
    ['Analysts said that year-on-year revenue grew 5%', 'en', false],
    // a connective at the end turns around what was said before
    ['There will be no appraisal rights, however', 'en', true],
    ['The plan failed, though.', 'en', true],
    ['Unfortunately, this did not include the crate file download though', 'en', true],
    ['Prices rose even though wages fell', 'en', false],
    ['Officials found that day care centres were full', 'en', false],
    // "such" before a plural noun: things named before
    ['The implications of such advancements could extend beyond technology', 'en', true],
    ['Tools such as compilers are free', 'en', false],
    ['The island had such a long winter last year', 'en', false],
  ])('%s (%s): %s', (text, lang, expected) => {
    expect(refersBack(text, lang)).toBe(expected)
  })
})

describe('pronounBeforeNoun', () => {
  it.each([
    ['We need to think about what its capabilities imply for society overall', true],
    ['Most indicated they would use Rust more if their company adopted it', true],
    ['The cooperative reported 4,870 passenger journeys in its first 30 days', false],
    ['Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest acquisition', false],
    ['Privacy should not be a luxury good', false],
    // a time is no one a pronoun could stand for
    ['In April, he won a broad U.S. patent on CRISPR-Cas9', true],
    ['Last year, they moved the plant to Ohio', true],
  ])('%s → %s', (text, expected) => {
    expect(pronounBeforeNoun(text, 'en')).toBe(expected)
  })

  it('reads English only', () => {
    expect(pronounBeforeNoun('Nous devons penser à ce que ses capacités impliquent', 'fr')).toBe(false)
  })

  it.each([
    ['IT’S what the board wanted', true],
    ['Analysts said THEIR forecasts held', false],
    ['Without him, the deal would have failed', true],
    ['Hers was the only vote against the plan', true],
    ['The item was listed in the catalogue', false],
  ])('any case, any apostrophe: %s → %s', (text, expected) => {
    expect(pronounBeforeNoun(text, 'en')).toBe(expected)
  })

  // it tags only a text that may hold such a pronoun: every sentence of the test articles in
  // which compromise finds one must pass that first look
  it('skips tagging only texts without a pronoun of the third person', async () => {
    let withPronoun = 0
    for (const name of FIXTURE_CASES) {
      const a = await loadAnalysis(name)
      if (a.lang !== 'en') continue
      for (const s of a.sentences) {
        const words = (tagged(s.text).json() as Array<{ terms: Array<{ normal: string }> }>).flatMap((x) => x.terms)
        if (!words.some((w) => THIRD_PERSON.has(w.normal.replace(/['’].*$/u, '')))) continue
        withPronoun++
        expect(mayHoldThirdPerson(s.text), s.text).toBe(true)
      }
    }
    expect(withPronoun).toBeGreaterThan(50)
    expect(mayHoldThirdPerson('Privacy should not be a luxury good')).toBe(false)
  })
})

describe('pointsBack', () => {
  it.each([
    ['It also links people together based on who they know', 'en'],
    ['Others reported supervisors unfairly demanding credit for their work', 'en'],
    ['More importantly, it gave insight into Windows failures', 'en'],
    ['One, Nikole King, went to the finance department', 'en'],
    ['Ailes, in turn, agreed to a multiyear noncompete clause', 'en'],
    ['Fourth, it allows us to focus on the work', 'en'],
    ['This makes it possible for Facebook to create a picture', 'en'],
    ['However, experts do not anticipate the historic level', 'en'],
    ["It's been a good start to the year", 'en'],
    ['They’d won for developing CRISPR-Cas9', 'en'],
    ["She's since left the company", 'en'],
    ['(For example, logging in to some sites is impossible.)', 'en'],
    ['At that point, Yahoo will change its name to something without “Yahoo” in it', 'en'],
    ['Since then, the company has hired 40 engineers', 'en'],
    ['Not everyone is convinced', 'en'],
    ['In the same way, patches are much smaller than the entire APK', 'en'],
    ['Like with Rust users, the most common title is Programmer', 'en'],
    ['Around the same time, Nikita Popov fixed the calling convention issue', 'en'],
    ['Knowing this, we can detect the original settings', 'en'],
    ['Elle peut être saisie par toute personne', 'fr'],
    ['Ces fichiers seront conservés cinq ans', 'fr'],
    ["De l'autre, une urgence opérationnelle extrêmement limitée", 'fr'],
    ['De l’autre, une urgence opérationnelle extrêmement limitée', 'fr'],
    ['Depuis lors, la ligne est restée fermée', 'fr'],
    ['Desde entonces, el gobierno no ha dicho nada', 'es'],
    ['Seitdem ist die Strecke gesperrt', 'de'],
    ['Il s’agit d’un dispositif très large', 'fr'],
    ['Il a voté contre le texte', 'fr'],
    ['All other combinations have some incompatible cases', 'en'],
    ['Other researchers disagree', 'en'],
    ['The other team won', 'en'],
    ['The situation was further complicated', 'en'],
    ['Nor has the new law cooled the protesters’ fury', 'en'],
    ['Here we are', 'en'],
    ['During that time, the officers should have made five separate counts', 'en'],
    ['The latter, avoiding version control entirely, means that you’re walking a tightrope', 'en'],
    ['他说，最成功的菜园往往不是面积最大的', 'zh'],
    ['그는 이 문제를 ‘데이트 폭력’이라고 분명히 했다', 'ko'],
    ['그건 이 사안을 두고 벌어진 진실공방이 어떤 결론을 내더라도 잘못된 일이다', 'ko'],
    ['그것은 또 다른 폭로일 수 있지만, 진실을 밝히기 위한 유일한 방책처럼 보였다', 'ko'],
    ['If convicted, he could face decades in jail', 'en'],
    ['When visualized in a certain way, they seemed to prowl around a shape', 'en'],
    ['Der war als ehemaliger Präsident des Lehrerverbands gegen Sprachverderber zu Felde gezogen', 'de'],
    ['Das ist fast undenkbar, denn Pflanzen brauchen Chloroplasten', 'de'],
    ['Zweitens wird der Genderstern abgelehnt', 'de'],
    ['Notamment les fameux « éléments de langage »', 'fr'],
    ['D’où la nécessité impérieuse de citer ses sources', 'fr'],
    ['En segundo lugar, el juez rechazó el recurso', 'es'],
  ])('knows %j does not stand alone', (text, lang) => {
    expect(pointsBack(text, lang)).toBe(true)
  })

  it.each([
    ['Gunmen opened fire on visitors at the museum', 'en'],
    ['There are four gates in the old wall', 'en'],
    ["O'Brien's team won the vote", 'en'],
    ['Because of the storm, every flight was cancelled', 'en'],
    ['At this point in the season, most boats are in port', 'en'],
    ['Not every fee is a junk fee', 'en'],
    ['Otherwise-healthy patients recovered', 'en'],
    ['The situation of the museums worsened in 2015', 'en'],
    ['In this case study, we follow one ferry through a winter', 'en'],
    ['Like many cities, Oslo taxes cars entering its centre', 'en'],
    ['It pays to be wary of competing suitors for your startup', 'en'],
    ["It's no secret that the harbour road floods", 'en'],
    ['One of the ferries, the Osprey, ran aground', 'en'],
    ['Second place went to the Osprey, a ferry of the old line', 'en'],
    ['Unfortunately, the ferry ran aground', 'en'],
    ['The former president opened the harbour road', 'en'],
    ['When Matie recruited laborers, he did not tell them where they were going', 'en'],
    ['Les députés ont adopté le projet de loi', 'fr'],
    ['Il y a deux types d’urgence prévus par la loi', 'fr'],
    ['Il faut une autorisation du premier ministre', 'fr'],
    ['Es gibt zwei Varianten des Verfahrens', 'de'],
    ['Der Verein registrierte die Umfrage zufrieden', 'de'],
    ['Die neue Regel gilt ab Montag', 'de'],
    ['过去三年，屋顶菜园增加到一千三百多个', 'zh'],
  ])('lets %j stand alone', (text, lang) => {
    expect(pointsBack(text, lang)).toBe(false)
  })
})

describe('a bullet never hangs on a clause it lost', () => {
  it('keeps the main clause, not the subordinate one', () => {
    const c = compressSentence('This raises questions about the integrity of the competitive narrative, as integrating elements from existing, well-resourced models could undermine claims of innovation.')
    expect(c.complete).toBe(true)
    expect(c.text).not.toMatch(/^as\b/i)
  })

  it('never ends on an auxiliary whose complement it cut', () => {
    for (const budget of [8, 12]) {
      const c = compressSentence('It turns out this isn\'t because of something that Rust is actively doing incorrectly:', budget)
      expect(c.text).not.toMatch(/\bisn't$/)
    }
  })
})

describe('quotation shapes', () => {
  it.each([
    ['Things are happening fast, maybe a bit too fast.”', true],
    ['“All I can say is that we did it in my lab,” says Charpentier.', false],
    ['He called it "a mistake.', true],
    ['« Nous sommes en danger », a déclaré le ministre.', false],
    ['No quotation here.', false],
  ])('%s: a piece of a longer quotation is %s', (text, expected) => {
    expect(unbalancedQuotes(text)).toBe(expected)
  })

  it.each([
    ['“Everyone knows there are conflicting claims.”', true],
    ['"We want to unify against this danger."', true],
    ['“Our nation is in danger,” Essid declared.', false],
    ['Things are happening fast.”', false],
    ['"It sounds strange," said Dunleavy, "but the quietest boat made the most noise."', false],
  ])('%s: a bare quotation is %s', (text, expected) => {
    expect(wholeQuotation(text)).toBe(expected)
  })
})

describe('inFirstPerson', () => {
  it.each([
    ["I don't use Facebook", 'en', true],
    ['My ability to avoid Facebook comes from privilege', 'en', true],
    ['“I am not part of the team,” Doudna said', 'en', false],
    ['Facebook records this group of people as contacts', 'en', false],
    ['Because the F.I.C. has a close connection with freelancers, it can help its members', 'en', false],
    ["J'ai quitté Facebook en 2018", 'fr', true],
    ['Ich nutze Facebook nicht', 'de', true],
    ['我不用脸书', 'zh', true],
    ['Il a quitté Facebook', 'fr', false],
    ["Le député M’Jid El Guerrab a frappé Boris Faure", 'fr', false],
    ["Je m'en vais demain", 'fr', true],
    ['I128 and u128 with Rust using LLVM 18 will be completely compatible', 'en', false],
    ['“Dak took a lot of the air out of that controversy,” notes Jones, winging west over I-30', 'en', false],
    ['Russia (Group I): 12th appearance', 'en', false],
    ['Europe rebuilt itself after World War I, slowly', 'en', false],
    ['The mine shut down following the outbreak of World War I', 'en', false],
    ['They opened a gold mine in the hills', 'en', false],
    ['The decision was mine alone', 'en', true],
    ['Then I left, and Paris I never saw again', 'en', true],
    ['It was more than I could bear.', 'en', true],
    // (a language without a locale, in Latin letters: Slovak "i" is "and", "ma" no English word; Czech has its own, "mě" is "me")
    ['Nenapadá ma jediný dôvod, prečo by sa i on nemal zlepšiť', 'sk', false],
    ['Nenapadá mě jediný důvod, proč by se i on neměl zlepšit', 'cs', true],
    ['Moyes i Rice grali dobrze, my też', 'pl', false],
  ])('%j (%s): %s', (text, lang, expected) => {
    expect(inFirstPerson(text, lang)).toBe(expected)
  })
})

describe('pointsAhead', () => {
  it('knows a sentence that announces the list or code after its colon', () => {
    for (const s of ['Running with Clang 17 prints:', 'ATF consists of the following components:', 'The actions the interface exposes are:', 'A DELETE request may look like this:', 'Several users gave specific examples:', 'When we asked users what libraries they consider critical, these were the top ten responses:', 'As we described it in the original project goal proposal:', 'When you compile it with Clang:', 'As one respondent explained the problem:', 'As on respondent described their journey:', 'To see which packages import a specific package:', 'NVIDIA achieved progress since its previous earnings announcement in these areas:'])
      expect(pointsAhead(s, tagWords), s).toBe(true)
  })

  it('lets a whole statement before its colon stand alone, and any sentence without one', () => {
    for (const s of ['Rust had inconsistent alignment for 128-bit types:', 'Looking back at the psABI, we can see that Rust has the wrong alignment here:', 'When the fix landed, Rust had the right alignment:', 'As of 2024 Rust had three tiers of platform support:', 'Once again the compiler printed two different values:', 'The vote passed.'])
      expect(pointsAhead(s, tagWords), s).toBe(false)
  })

  it('takes any colon at the end as announcing when no tagger reads the language', () => {
    expect(pointsAhead('Les principales mesures sont les suivantes :')).toBe(true)
    expect(pointsAhead('Le texte a été adopté.')).toBe(false)
  })
})

describe('onlyRelativeClause', () => {
  it('knows a noun phrase with a relative clause and no main clause, in the text’s language', () => {
    expect(onlyRelativeClause('La Commission nationale informatique et libertés (CNIL), qui critique fortement cette disposition.', 'fr')).toBe(true)
    expect(onlyRelativeClause('The watchdog, which criticised the measure', 'en')).toBe(true)
    expect(onlyRelativeClause('The bill, which passed on Tuesday, will go to the Senate.', 'en')).toBe(false)
    expect(onlyRelativeClause('Le texte a été adopté, malgré les critiques.', 'fr')).toBe(false)
    // "qui" is no relative pronoun in English
    expect(onlyRelativeClause('The chef, qui cooked for us', 'en')).toBe(false)
  })
})

describe('pointsBack: connectives of several words', () => {
  it.each([
    ['Sin embargo, de ellos proviene la información', 'es'],
    ['Luego soporta la intercepción del tráfico entrante', 'es'],
    ['In fact, the council had voted twice', 'en'],
    ['What’s more, there’s scientific credit at stake', 'en'],
    ['En effet, le texte a été adopté', 'fr'],
    ['Like deterministic ECDSA, they protect against a broken random number generator', 'en'],
    ['After a few years, she left her job to raise her children', 'en'],
  ])('%j points back', (text, lang) => expect(pointsBack(text, lang)).toBe(true))

  it.each([
    ['Like many cities, Oslo taxes cars entering its centre'],
    ['In 2012, it is hard to find a ferry that still runs on coal'],
    ['In the end, the council voted against the road'],
  ])('%j names its own subject after its opening', (text) => expect(pointsBack(text, 'en')).toBe(false))
  it.each([
    ['Sinfonías y conciertos llenaron la sala', 'es'],
    ['Infact Corp. reported higher sales', 'en'],
    ['Whatever the council decides, the ferry runs', 'en'],
  ])('%j does not', (text, lang) => expect(pointsBack(text, lang)).toBe(false))
})

describe('wholeAside', () => {
  it.each([
    ['(based on https://www.atlassian.com/incident-management/postmortem/templates)', true],
    ['(See Fig. 1 above.)', true],
    ['[Editor’s note: this story was updated.]', true],
    ['The ferry (a former trawler) carries forty passengers.', false],
    ['(For example) the ferry sails daily.', false],
  ])('%j: %s', (text, expected) => {
    expect(wholeAside(text)).toBe(expected)
  })
})

describe('opensContrast', () => {
  it('reads a sentence that turns the one before around, in any language, but not one that only qualifies it', () => {
    expect(opensContrast('“But I can tell you with confidence we have many.', 'en')).toBe(true)
    expect(opensContrast('In fact, the deal is not a sale.', 'en')).toBe(true)
    // ("However, many markets are not highly competitive …" answers "In highly competitive markets … may not raise …")
    expect(opensContrast('However, many markets are not highly competitive.', 'en')).toBe(true)
    expect(opensContrast('Still, experts do not anticipate the historic level of activity.', 'en')).toBe(false)
    expect(opensContrast('Butter prices rose.', 'en')).toBe(false)
    expect(opensContrast('Mais le texte a été adopté.', 'fr')).toBe(true)
    expect(opensContrast('但是这个问题没有解决。', 'zh')).toBe(true)
  })
})

describe('refersBack: things counted before', () => {
  it('reads "the two" standing alone as pointing back, not "the two companies"', () => {
    expect(refersBack('The combination of the two has been steady', 'en')).toBe(true)
    expect(refersBack('Investors preferred the latter', 'en')).toBe(true)
    expect(refersBack('The two companies signed the deal in Paris', 'en')).toBe(false)
  })

  it('reads a comparison whose other side was said before, and "other" ones besides those said, as pointing back', () => {
    for (const t of ['The second test could be even more difficult', 'Today, the signals could not differ more', 'There are other ways to make incompatible changes to Go'])
      expect(refersBack(t, 'en'), t).toBe(true)
    for (const t of ['Prices rose even more than analysts expected', 'The ferry is more reliable in winter', 'There are four gates in the old wall'])
      expect(refersBack(t, 'en'), t).toBe(false)
  })
})

describe('refersBack: a verb left out after a closing auxiliary', () => {
  it('reads "I am" closing a sentence as standing for what was said before, not "… like Costco does"', () => {
    expect(refersBack('I’m not saying I am', 'en')).toBe(true)
    expect(refersBack('Critics said the plan would fail, but it didn’t.', 'en')).toBe(true)
    expect(refersBack('Whole Foods does not yet have the scale to dictate prices the way a company like Costco does', 'en')).toBe(false)
    expect(refersBack('Only later did he realize what he’d agreed to do', 'en')).toBe(false)
  })
})

describe('refersBack: a quotation\'s first word, a closing "that", a voice no one is named for', () => {
  it('reads them as leaning on another sentence', () => {
    expect(refersBack('“That’s why they need grocery to work,” Forte said', 'en')).toBe(true)
    expect(refersBack('Whole Foods saw that early', 'en')).toBe(true)
    expect(refersBack('The report said that prices fell', 'en')).toBe(false)
    expect(quotesSomeoneUnnamed('The price, matched at other stores, is “as low as I’ve ever seen.”', 'en')).toBe(true)
    expect(quotesSomeoneUnnamed('He said the price is “as low as I’ve ever seen.”', 'en')).toBe(false)
    expect(quotesSomeoneUnnamed('Example: “That was so funny I literally cried.”', 'en')).toBe(false)
    expect(quotesSomeoneUnnamed('The arguments get "spilled" to the stack', 'en')).toBe(false)
    expect(quotesSomeoneUnnamed('The price is “as low as I’ve ever seen,” according to Tyler Besecker', 'en')).toBe(false)
    expect(refersBack('Smith said: “I never said that.”', 'en')).toBe(false)
  })
})

describe('announcesWhatFollows', () => {
  it.each([
    ['The survey is useful in two ways.', true],
    ['When recompressing the new file, we hit two complications.', true],
    ['Concurrent task execution is avoided through a combination of two methods in ATF.', true],
    ['We also asked users what would lead them to use Rust more often.', true],
    ['For some larger context, we examined what titles users working with Rust full time tend to have in their organization.', true],
    ['We looked into how the deployment reached production.', true],
    ['We examined the logs and found the fault.', false],
    ['We looked at about 200 crash reports and found that most came from one driver.', false],
    ['In 2023, we studied how fast the queue drained: it took 40 minutes.', false],
    ['I investigated whether the cache was at fault, and it was.', false],
    ['We also asked users about their favourite editors.', true],
    ['The council found two ways to cut the cost of the ferry.', false],
    ['We asked the council for its figures, and it sent them.', false],
    ['Two complications delayed the launch by a month.', false],
    ['Inflation is only one of several factors.', false],
  ])('%s → %s', (text, expected) => {
    expect(announcesWhatFollows(text, 'en')).toBe(expected)
  })
})

describe('an opening on a case told before', () => {
  it.each([
    ['In either case, shareholders get a say.', true],
    ['In such situations, the crew waits for the tide.', true],
    ['Under such circumstances, the ferry stays tied up.', true],
    ['Otherwise, the bank keeps the deposit.', true],
    ['If not for the ferry, the island would have emptied decades ago.', false],
    ['In this case study, we follow one ferry through a winter.', false],
    ['In most cases, the ferry runs on time.', false],
    // the others of a group named before
    ['For others still, the harbour mattered more than the bridge.', true],
    ['To the others, the ferry was a lifeline.', true],
    ['For other islands, the ferry was a lifeline.', false],
  ])('%s points back: %s', (text, expected) => {
    expect(pointsBack(text, 'en')).toBe(expected)
  })
})

describe('withoutToday', () => {
  it('leaves out a release lede’s “today” before its verb, and nothing else', () => {
    expect(withoutToday('Meta Platforms, Inc. today reported financial results for the quarter')).toBe('Meta Platforms, Inc. reported financial results for the quarter')
    expect(withoutToday('Acme today announces its new chief executive')).toBe('Acme announces its new chief executive')
    expect(withoutToday('The ASF announced today Apache Pinot as a Top-Level Project')).toBe('The ASF announced Apache Pinot as a Top-Level Project')
    expect(withoutToday('What was announced today matters')).toBe('What was announced today matters')
    expect(withoutToday('Prices are higher today than a year ago')).toBe('Prices are higher today than a year ago')
    expect(withoutToday('Today the council reported a surplus')).toBe('Today the council reported a surplus')
    expect(withoutToday('This attack today is meant to threaten authorities')).toBe('This attack today is meant to threaten authorities')
  })
})

describe('creditsAPronoun', () => {
  it.each([
    ['Britain, they suggest, should reanimate its relationship with its allies.', true],
    ['The ferry will run all winter, she said.', true],
    ['The island, he argues, needs a second ferry.', true],
    ['The ferry will run all winter, the mayor said.', false],
    ['They said the ferry would run all winter.', false],
    // (after a quotation too: whom "she" means, only the sentences before say)
    ['“The ferry stays,” she said, “and so do we.”', true],
    ['“The ferry is not being used for what it was built to do,” he continued.', true],
    ['“The ferry stays,” Mayor Jane Doe said.', false],
  ])('%s: %s', (text, expected) => {
    expect(creditsAPronoun(text, 'en')).toBe(expected)
    expect(creditsAPronoun(text, 'fr')).toBe(false)
  })
})

describe('inFirstPerson: text without spaces', () => {
  it('finds a Latin pronoun only as a word of its own, not inside a name ("Helvetica的")', () => {
    // (Cantonese has no locale: English words, read in Han text)
    expect(inFirstPerson('Helvetica的人气越来越高', 'yue')).toBe(false)
    expect(inFirstPerson('然后I说了', 'yue')).toBe(true)
    expect(inFirstPerson('我们的工厂', 'zh')).toBe(true)
  })
})
