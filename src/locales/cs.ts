/** Czech. */
import type { Locale } from './types.ts'

/**
 * The form of a noun after the number n: 1 část; 2–4 části; 0, 5 and more částí. Only n itself
 * counts: a number written in digits past 20 takes the genitive plural ("21 částí", "22 částí"),
 * as Czech reads it. Whole numbers only.
 */
function plural(n: number, one: string, few: string, many: string): string {
  return n === 1 ? one : n >= 2 && n <= 4 ? few : many
}

/**
 * Verbs of costing that also mean "to stand" are no cost before these ("stojí za to", "stál v čele",
 * "stojí na straně", "stojí proti"); a regular-expression source, as `figures.costVerbs` are.
 */
const NOT_STANDING = '(?!\\s+(?:za\\s|v\\s+čele|ve\\s+středu|na\\s+(?:straně|místě|počátku|začátku|konci)|proti|mimo|před|vedle|u\\s|o\\s))'

export const cs = {
  tag: 'cs',
  dir: 'ltr',
  slide: {
    agenda: 'Obsah',
    takeaways: 'Hlavní závěry',
    outlook: 'Výhled',
    people: 'Kdo je kdo',
    sources: 'Zdroje',
    keyFigure: 'Klíčové číslo',
    whatItCost: 'Kolik to stojí',
    theFigures: 'V číslech',
    // (after Intl's list: "Tržby, Zobrazení reklam a 4 další", "… a 5 dalších")
    moreItems: (n) => `${n} ${plural(n, 'další', 'další', 'dalších')}`,
    continued: ' (pokr.)',
    introduction: 'Úvod',
    part: (n) => `Část ${n}`,
    code: 'kód',
    formula: '[vzorec]',
    quote: 'Citát',
    amount: 'Částka',
    count: 'Počet',
    share: 'Podíl',
    article: 'Článek',
    author: 'Autor',
    // (as an imprint writes it: "Vydal: Meta Platforms, Inc.")
    issuedBy: 'Vydal',
    published: 'Publikováno',
    source: 'Zdroj',
    standardInput: 'standardní vstup',
    colon: ': ',
    authorVoice: (author) => `— ${author} (autor článku)`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `Prezentace sleduje článek — ${n} ${plural(n, 'část', 'části', 'částí')}: ${items}.`,
    sources: 'Každý bod pochází přímo z vět článku; poznámky u každého snímku citují pasáže, ze kterých vychází.',
  },
  chart: {
    notStated: 'částka neuvedena',
    // ("krát" is written together with a number in digits: "22krát", "1 000krát", "2,5krát")
    logScale: (r) => `logaritmická stupnice: největší částka je ${r}krát větší než nejmenší`,
    mixed: 'různé měny, bez přepočtu',
    columns: ['Položka', 'Částka', 'Poznámka', 'Zdroj'],
    qualifiers: { under: 'méně než', over: 'více než', about: 'přibližně', 'up to': 'až', 'at least': 'nejméně' },
    comparisons: ['meziročně', 'meziroční', 'v meziročním srovnání', 'oproti loňsku', 'oproti loňskému roku', 'oproti minulému roku', 'oproti předchozímu roku', 've srovnání s loňským rokem', 've srovnání s minulým rokem', 've srovnání s předchozím rokem', 'oproti stejnému období loňského roku', 'oproti stejnému období minulého roku', 've srovnání se stejným obdobím loňského roku', 've srovnání se stejným obdobím minulého roku', 'mezičtvrtletně', 'mezičtvrtletní', 'oproti předchozímu čtvrtletí', 've srovnání s předchozím čtvrtletím', 'meziměsíčně', 'meziměsíční', 'oproti předchozímu měsíci', 've srovnání s předchozím měsícem'],
    // (the comparison is one of `comparisons`: "meziročně" and "meziroční" title the chart as "Meziroční změna", the others follow "Změna")
    changeTitle: (c, l) => {
      const adjective = /^mezi\p{L}+(?:ně|ní)$/u.test(c) ? c.replace(/ně$/u, 'ní') : undefined
      const head = adjective ? `${adjective.charAt(0).toLocaleUpperCase('cs')}${adjective.slice(1)} změna` : `Změna ${c}`
      return l ? `${head}: ${l.label} ${l.fell ? '−' : '+'}${l.amount}` : head
    },
    // (Czech sets a comma before the question: "Zeptali jsme se, jaké …")
    asked: { openings: ['zeptali jsme se,', 'zeptali jsme se také,', 'také jsme se zeptali,', 'dále jsme se zeptali,', 'ptali jsme se,', 'ptali jsme se také,', 'zeptali jsme se respondentů,', 'zeptali jsme se účastníků,', 'zeptali jsme se uživatelů,', 'respondentů jsme se zeptali,', 'respondentů jsme se ptali,', 'respondenti byli dotázáni,', 'účastníci byli dotázáni,', 'uživatelé byli dotázáni,'], questionWords: ['co', 'jaké', 'jaký', 'jaká', 'jakého', 'jakých', 'jakým', 'jakými', 'jakou', 'který', 'která', 'které', 'kterých', 'kterou', 'kolik', 'jak', 'kdo', 'kde', 'kdy', 'proč', 'zda', 'zdali', 'jestli', 'nakolik', 'do jaké míry', 'k čemu', 'čím'] },
  },
  table: {
    table: 'Tabulka',
    part: (r, R, c, C) => (r < R && c < C ? 'vybrané řádky a sloupce' : r < R ? 'vybrané řádky' : c < C ? 'vybrané sloupce' : 'všechny řádky'),
    leftOut: (n, shown) => `${n} ${plural(n, 'tabulka', 'tabulky', 'tabulek')} z článku se ${plural(n, 'nedostala', 'nedostaly', 'nedostalo')} na snímky${shown === 1 ? ' (zobrazena je ta, na kterou text odkazuje nejčastěji)' : shown > 0 ? ` (${plural(shown, 'zobrazena je', 'zobrazeny jsou', 'zobrazeno je')} ${shown}, na které text odkazuje nejčastěji)` : ''}`,
    largest: (r, R, col) => `${r} z ${R} řádků s nejvyššími hodnotami ve sloupci „${col}“, sestupně`,
    // (a header is a name, in no case: "podle sloupce „Stát“", not "podle Stát")
    by: (v, r) => `${v} podle sloupce „${r}“`,
    byPair: (v, r, s) => `${v} podle sloupců „${r}“ a „${s}“`,
    glance: (h) => `${h} v kostce`,
    noHeader: '(bez záhlaví)',
  },
  bars: {
    // (horizontal bars: a "pruhový graf"; a "sloupcový graf" stands its bars upright)
    chartOf: (n) => `Pruhový graf: ${n} ${plural(n, 'hodnota', 'hodnoty', 'hodnot')}`,
    columns: ['Položka', 'Hodnota'],
  },
  // „…“ (low 9, high 6), the marks of Czech typography (German's too); ./typography.ts has no
  // entry for Czech, so a Czech article's quotes were set in English “…” before this locale.
  quote: { marks: { open: '„', close: '“' }, paraphrased: 'parafráze' },
  handout: {
    titleSuffix: ' (podklady k prezentaci)',
    slideOf: (n, total, title) => `Snímek ${n} z ${total}: ${title}`,
    pageOf: (page, total) => `Strana ${page} z ${total}`,
  },
  // (the origin after a colon: "vytvořeno ze standardní vstup" would want a case the label is not in)
  info: (origin) => `Vytvořeno nástrojem deckwright. Zdroj: ${origin}.`,
  speech: {
    // (every locale's verbs are tried on every article: none here is a word of another language)
    verbs: ['řekl', 'řekla', 'řekli', 'řekly', 'říká', 'říkají', 'říkal', 'říkala', 'říkali', 'uvedl', 'uvedla', 'uvedli', 'uvedly', 'uvádí', 'uvádějí', 'dodal', 'dodala', 'dodali', 'dodává', 'dodávají', 'prohlásil', 'prohlásila', 'prohlásili', 'prohlašuje', 'podotkl', 'podotkla', 'podotkli', 'podotýká', 'upozornil', 'upozornila', 'upozornili', 'upozorňuje', 'upozorňují', 'vysvětlil', 'vysvětlila', 'vysvětlili', 'vysvětluje', 'vysvětlují', 'zdůraznil', 'zdůraznila', 'zdůraznili', 'zdůrazňuje', 'poznamenal', 'poznamenala', 'poznamenali', 'konstatoval', 'konstatovala', 'konstatovali', 'konstatuje', 'sdělil', 'sdělila', 'sdělili', 'sděluje', 'oznámil', 'oznámila', 'oznámili', 'oznamuje', 'informoval', 'informovala', 'informovali', 'informuje', 'potvrdil', 'potvrdila', 'potvrdili', 'potvrzuje', 'přiznal', 'přiznala', 'přiznali', 'přiznává', 'připustil', 'připustila', 'připouští', 'varoval', 'varovala', 'varovali', 'varuje', 'odpověděl', 'odpověděla', 'odpověděli', 'odpovídá', 'napsal', 'napsala', 'napsali', 'píše', 'píšou', 'míní', 'tvrdí', 'tvrdil', 'tvrdila', 'tvrdili', 'zmínil', 'zmínila', 'zmiňuje', 'doplnil', 'doplnila', 'doplňuje', 'připomněl', 'připomněla', 'připomíná', 'vzpomíná', 'vzpomínal', 'vzpomínala', 'ocenil', 'ocenila', 'zhodnotil', 'zhodnotila', 'hodnotí', 'shrnul', 'shrnula', 'shrnuje', 'uzavřel', 'uzavřela', 'komentoval', 'komentovala', 'okomentoval', 'okomentovala', 'popsal', 'popsala', 'popisuje', 'vypráví', 'vyprávěl', 'vyprávěla', 'prozradil', 'prozradila', 'ujistil', 'ujistila', 'ujišťuje', 'namítl', 'namítla', 'namítá', 'argumentoval', 'argumentovala', 'argumentuje', 'zopakoval', 'zopakovala', 'soudí', 'usoudil', 'usoudila'],
    // (no bare "dle": every locale's "according to" is also looked for, without a word's start,
    // before a name in every article, and "dle" ends English words: "the Middle East")
    according: ['podle', 'dle slov', 'dle údajů', 'podle slov', 'podle údajů', 'podle dat', 'podle názoru', 'podle informací', 'podle odhadu', 'podle odhadů', 'jak řekl', 'jak řekla', 'jak řekli', 'jak říká', 'jak uvedl', 'jak uvedla', 'jak uvedli', 'jak uvádí', 'jak dodal', 'jak dodala', 'jak upozornil', 'jak upozornila', 'jak upozorňuje', 'jak zdůraznil', 'jak zdůraznila', 'jak zdůrazňuje', 'jak vysvětlil', 'jak vysvětlila', 'jak vysvětluje', 'jak poznamenal', 'jak poznamenala', 'jak podotkl', 'jak podotkla', 'jak sdělil', 'jak sdělila', 'jak informoval', 'jak informovala', 'jak informuje', 'jak píše', 'jak napsal', 'jak napsala', 'jak tvrdí', 'jak vyplývá z', 'z údajů', 'na základě údajů', 'dle názoru'],
    // (a demonstrative that points ahead, to the clause after its comma: "To, že …", "Ti, kteří …")
    impersonal: ['to, co', 'to, že', 'to, jak', 'to, zda', 'to, jestli', 'ten, kdo', 'ten, který', 'ta, která', 'ti, kdo', 'ti, kteří', 'ty, které', 'tím, že', 'tak jako', 'tak, jak', 'tak zvaný', 'tak zvaná', 'tak zvané', 'i když'],
    // (not "kromě toho", which also opens "…, kromě toho, že …", "except that")
    additive: ['také', 'též', 'taky', 'taktéž', 'rovněž', 'navíc', 'mimo to'],
    additiveHeld: ['a', 'ale', 'i', 'nejen', 'nýbrž', 'ne', 'jak', 'tak', 'jako', 'známý', 'známá', 'známé', 'zvaný', 'zvaná', 'zvané', 'nazývaný', 'nazývaná', 'nazývané', 'označovaný', 'označovaná', 'označované'], additiveLast: [], deicticLast: ['tam', 'tu', 'tady', 'zde', 'tak', 'takto', 'odtud', 'odtamtud'],
    // (Czech leaves its subject out: a sentence opening on a verb of the third person, "Uvedl, že …",
    // "Jsou levnější …", has it in an earlier one; not "je" nor "bylo", which open impersonal
    // sentences, "Je třeba …", "Bylo jasné, že …")
    backReference: ['on', 'ona', 'ono', 'oni', 'ony', 'jeho', 'její', 'jejich', 'jemu', 'jim', 'ním', 'ní', 'nich', 'něj', 'něho', 'podle něj', 'podle něho', 'podle ní', 'podle nich', 'podle jeho slov', 'podle jejích slov', 'podle jejich slov', 'podle jeho názoru', 'podle jejího názoru', 'podle jejich názoru', 'to', 'ten', 'ta', 'ti', 'ty', 'toho', 'té', 'tomu', 'tom', 'tím', 'tu', 'těch', 'těm', 'těmi', 'tento', 'tato', 'toto', 'tyto', 'tito', 'tohoto', 'této', 'tomuto', 'tomto', 'tímto', 'tuto', 'těchto', 'takový', 'taková', 'takové', 'takoví', 'takových', 'takového', 'takovou', 'tamten', 'tamta', 'tamto', 'oba', 'obě', 'obojí', 'jiný', 'jiná', 'jiné', 'jiní', 'ostatní', 'další', 'ještě jeden', 'ještě jedna', 'ještě jedno', 'ale', 'a', 'i', 'nebo', 'či', 'anebo', 'však', 'avšak', 'jenže', 'leč', 'ovšem', 'nicméně', 'přesto', 'přece', 'proto', 'tedy', 'takže', 'tudíž', 'tak', 'a tak', 'a proto', 'také', 'též', 'taky', 'rovněž', 'tady', 'zde', 'tam', 'navíc', 'kromě toho', 'mimo to', 'nadto', 'přitom', 'mezitím', 'zároveň', 'současně', 'naopak', 'přesto však', 'i tak', 'i přesto', 'místo toho', 'namísto toho', 'tím spíše', 'díky tomu', 'kvůli tomu', 'z toho důvodu', 'z tohoto důvodu', 'v důsledku toho', 'následkem toho', 'k tomu', 'za tímto účelem', 'v tomto případě', 'v tom případě', 'v takovém případě', 'v těchto případech', 'v obou případech', 'v každém případě', 'tak či onak', 'jinak', 'pak', 'potom', 'poté', 'později', 'tehdy', 'předtím', 'dále', 'od té doby', 'do té doby', 'v té době', 'v tu chvíli', 'v té chvíli', 'v tomto okamžiku', 'například', 'kupříkladu', 'zejména', 'čili', 'neboli', 'jinými slovy', 've skutečnosti', 'vlastně', 'skutečně', 'na druhou stranu', 'na druhé straně', 'podobně', 'obdobně', 'stejně tak', 'mimochodem', 'za prvé', 'za druhé', 'za třetí', 'zadruhé', 'zatřetí', 'konečně', 'nakonec', 'jsou', 'nejsou', 'byl', 'byla', 'byli', 'byly', 'nebyl', 'nebyla', 'nebyli', 'nebyly', 'mají', 'nemají', 'měl', 'měla', 'měli', 'měly', 'řekl', 'řekla', 'řekli', 'uvedl', 'uvedla', 'uvedli', 'dodal', 'dodala', 'dodali'],
    // ("nejen …, ale i …": the turn is the second half of a pair, which stays)
    concessive: ['sice', 'samozřejmě', 'jistě', 'jistěže', 'ovšemže', 'pochopitelně', 'nepochybně', 'bezpochyby', 'skutečně', 'nejen'],
    contrast: ['ale', 'jenže', 'avšak', 'ovšem', 'leč', 've skutečnosti', 'naopak'],
    // (not "kromě toho" nor "přesto", which open "Kromě toho, že …", "Přesto, že …")
    detachable: ['nicméně', 'avšak', 'ovšem', 'navíc', 'mimo to', 'nadto', 'přitom', 'mezitím', 'zároveň', 'současně', 'na druhou stranu', 'na druhé straně', 'jinými slovy', 'samozřejmě', 'pochopitelně', 'skutečně', 've skutečnosti', 'každopádně', 'v každém případě', 'tak či onak', 'například', 'kupříkladu', 'mimochodem', 'ostatně', 'koneckonců'],
    // (with the auxiliaries of the first person, which stand for the "já" Czech leaves out: "Napsal jsem …", "Rád bych …"; not "má", which is also "has")
    firstPerson: ['já', 'mě', 'mne', 'mi', 'mně', 'mnou', 'můj', 'moje', 'mé', 'mí', 'mého', 'mému', 'mém', 'mým', 'mých', 'mými', 'mou', 'moji', 'mojí', 'jsem', 'bych'],
    // (not "ty" nor "ti", which are also "those")
    secondPerson: ['tebe', 'tě', 'tobě', 'tebou', 'tvůj', 'tvoje', 'tvá', 'tvé', 'tví', 'tvého', 'tvému', 'tvém', 'tvým', 'tvých', 'tvou', 'tvoji', 'vy', 'vás', 'vám', 'vámi', 'váš', 'vaše', 'vaši', 'vašeho', 'vašemu', 'vašem', 'vaším', 'vašich', 'vašim', 'vašimi', 'jsi', 'jste', 'bys', 'byste'],
    // (not "již", which is also "already")
    relative: ['který', 'která', 'které', 'kteří', 'kterého', 'kterému', 'kterém', 'kterým', 'kterou', 'kterých', 'kterými', 'jenž', 'jež', 'jehož', 'jejíž', 'jejichž', 'jemuž', 'jimž', 'nichž', 'němž', 'níž', 'což'],
    demonstratives: ['ten', 'ta', 'to', 'ti', 'ty', 'toho', 'té', 'tomu', 'tom', 'tím', 'těch', 'těm', 'těmi', 'tento', 'tato', 'toto', 'tyto', 'tito', 'tohoto', 'této', 'tomuto', 'tomto', 'tímto', 'tuto', 'těchto', 'těmto', 'těmito'],
    // (and the words that open the clause a demonstrative points ahead to, after its comma: "rozhodla o tom, že …",
    // "trvá na tom, aby …", "udělal to, co …": the demonstrative stands for what comes, not for what went before)
    deictic: ['rok', 'roku', 'roce', 'týden', 'týdne', 'týdnu', 'měsíc', 'měsíce', 'měsíci', 'čtvrtletí', 'pololetí', 'století', 'desetiletí', 'dekáda', 'dekády', 'dekádě', 'víkend', 'víkendu', 'den', 'dne', 'dni', 'dny', 'dnech', 'ráno', 'večer', 'noc', 'noci', 'jaro', 'jara', 'jaře', 'léto', 'léta', 'létě', 'podzim', 'podzimu', 'zima', 'zimy', 'zimě', 'zimu', 'sezona', 'sezony', 'sezoně', 'sezonu', 'sezóna', 'sezóny', 'sezóně', 'sezónu', 'článek', 'článku', 'text', 'textu', 'příspěvek', 'příspěvku', 'publikace', 'publikaci', 'zpráva', 'zprávě', 'zprávu', 'zprávy', 'studie', 'studii', 'kapitola', 'kapitole', 'kapitoly', 'kapitolu', 'kniha', 'knihy', 'knize', 'knihu', 'stránka', 'stránce', 'stránky', 'stránku', 'že', 'aby', 'co', 'jak', 'kdo', 'kdy', 'kde', 'zda', 'jestli', 'který', 'která', 'které', 'kteří'],
    // (whole words: a comma is no word, "ukazuje že" is read in "ukazuje, že")
    conclusive: ['celkově', 'nakonec', 'koneckonců', 'v konečném důsledku', 've výsledku', 'stručně řečeno', 'zkrátka', 'jedním slovem', 'shrnuto', 'souhrnně', 'na závěr', 'závěrem', 'v důsledku', 'tedy', 'proto', 'tudíž', 'je třeba', 'je nutné', 'je potřeba', 'musí', 'musejí', 'měl by', 'měla by', 'mělo by', 'měli by', 'měly by', 'by měl', 'by měla', 'by mělo', 'by měli', 'by měly', 'důležité', 'důležitý', 'důležitá', 'nejdůležitější', 'klíčový', 'klíčová', 'klíčové', 'klíčovou', 'zásadní', 'rozhodující', 'podstatné', 'ukazuje že', 'ukazují že', 'znamená že', 'dokazuje že', 'svědčí o tom že', 'je zřejmé', 'je jasné', 'jednoznačně'],
    // (a verb alone where its clitic goes either side of it: "obávají se", "ekonomové se obávají")
    outlook: ['mohl by', 'mohla by', 'mohlo by', 'mohli by', 'mohly by', 'by mohl', 'by mohla', 'by mohlo', 'by mohli', 'by mohly', 'může vést', 'mohou vést', 'může se stát', 'mohou se stát', 'se může stát', 'může znamenat', 'bude moci', 'budou moci', 'pravděpodobně', 'nejspíš', 'nejspíše', 'očekává se', 'očekává', 'očekávají', 'předpokládá', 'předpokládají', 'předpovídá', 'předpovídají', 'předpověď', 'prognóza', 'prognózy', 'obává', 'obávají', 'obával', 'obávala', 'obávali', 'obavy', 'obav', 'bojí se', 'bojí', 'riziko', 'rizika', 'riskuje', 'riskují', 'hrozba', 'hrozby', 'hrozí', 'ohrožuje', 'ohrožení', 'znepokojený', 'znepokojená', 'znepokojení', 'budoucnost', 'budoucnosti', 'v budoucnu', 'do budoucna', 'výhledově', 'v příštích letech'],
    callsToAction: ['čtěte také', 'čtěte též', 'čtěte více', 'čtěte dál', 'čtěte', 'přečtěte si', 'pokračujte ve čtení', 'podívejte se', 'viz', 'více informací', 'více se dozvíte', 'zjistěte více', 'přihlaste se k odběru', 'přihlaste se', 'odebírejte', 'sledujte nás', 'sledujte', 'stáhněte si', 'zaregistrujte se', 'připojte se', 'přidejte se', 'klikněte', 'navštivte', 'vyzkoušejte', 'podpořte', 'nenechte si ujít', 'sdílejte'],
    // (not a bare "díky", which also means "thanks to", "because of")
    acknowledgements: ['děkujeme', 'děkuji', 'děkuju', 'poděkování', 'velké poděkování', 'zvláštní poděkování', 'rádi bychom poděkovali', 'rád bych poděkoval', 'ráda bych poděkovala', 'chceme poděkovat', 'chci poděkovat', 'díky patří'],
    // (both orders of the clitic: "odmítl se vyjádřit", "mluvčí se odmítl vyjádřit", "ministra se nepodařilo zastihnout")
    noAnswer: ['odmítl se vyjádřit', 'odmítla se vyjádřit', 'odmítli se vyjádřit', 'odmítly se vyjádřit', 'odmítl vyjádřit', 'odmítla vyjádřit', 'odmítli vyjádřit', 'odmítl komentovat', 'odmítla komentovat', 'odmítli komentovat', 'nechtěl se vyjádřit', 'nechtěla se vyjádřit', 'nechtěli se vyjádřit', 'nechtěl vyjádřit', 'nechtěla vyjádřit', 'nechtěli vyjádřit', 'nechtěl komentovat', 'nechtěla komentovat', 'nechtěli komentovat', 'k věci nevyjádřil', 'k věci nevyjádřila', 'k věci nevyjádřili', 'neodpověděl na dotazy', 'neodpověděla na dotazy', 'neodpověděli na dotazy', 'na dotazy neodpověděl', 'na dotazy neodpověděla', 'na dotazy neodpověděli', 'nereagoval na žádost o vyjádření', 'nereagovala na žádost o vyjádření', 'nereagovali na žádost o vyjádření', 'nepodařilo se získat vyjádření', 'vyjádření se nepodařilo získat', 'nepodařilo se zastihnout', 'nepodařilo zastihnout', 'bez komentáře'],
    othersWords: ['odpovědi', 'komentáře', 'názory', 'ohlasy', 'reakce', 'citace', 'vyjádření'],
    aboutTheText: ['v tomto článku', 'tento článek', 'v tomto textu', 'tento text', 'v tomto příspěvku', 'tento příspěvek', 'v této publikaci', 'v této zprávě', 'v této kapitole', 'v další kapitole', 'v následující kapitole', 'v další části', 'v následující části', 'na této stránce', 'čtěte také', 'čtěte též', 'viz také', 'vysvětlujeme', 'přinášíme', 'shrnujeme', 'shrnuli jsme', 'co víme', 'zde je', 'zde jsou', 'tady je', 'tady jsou', 'níže uvádíme', 'níže najdete', 'uvedené níže', 'níže'],
    plans: ['podívejme se', 'pojďme', 'zkusme', 'zamysleme se', 'začněme', 'podíváme se', 'se podíváme', 'ukážeme si', 'si ukážeme', 'probereme', 'vysvětlíme'],
    subordinators: ['ačkoli', 'ačkoliv', 'přestože', 'i když', 'třebaže', 'protože', 'jelikož', 'poněvadž', 'pokud', 'jestliže', 'jestli', 'když', 'kdyby', 'aby', 'než', 'dříve než', 'zatímco', 'jakmile', 'dokud', 'poté, co', 'potom, co'],
    // (Czech has no articles)
    articles: [],
    whereRelative: ['kde', 'kam', 'odkud', 'kudy'],
    contrastEnding: ['na rozdíl od', 'oproti', 'zatímco', 've srovnání s', 've srovnání se', 'i přes', 'navzdory', 'bez ohledu na'],
    // (participles as adjectives: "…, zaměřující se na …", "…, složená ze šesti soudců", "…, zahrnutý do …"; not "-ení", "-ání", which end nouns of action, "řešení", "jednání")
    participleEndings: ['ující', 'ujícího', 'ujících', 'ujícím', 'ujícími', 'ající', 'ajícího', 'ajících', 'ící', 'ících', 'aný', 'aná', 'ané', 'aného', 'aných', 'aným', 'anou', 'ený', 'ená', 'ené', 'eného', 'ených', 'eným', 'enou', 'nutý', 'nutá', 'nuté', 'nutých'],
    finiteVerbs: ['je', 'není', 'jsou', 'nejsou', 'byl', 'byla', 'bylo', 'byli', 'byly', 'nebyl', 'nebyla', 'nebylo', 'bude', 'budou', 'nebude', 'má', 'mají', 'nemá', 'měl', 'měla', 'mělo', 'měli', 'měly', 'může', 'mohou', 'mohl', 'mohla', 'mohlo', 'mohli', 'musí', 'musel', 'musela', 'stal', 'stala', 'stalo', 'představuje', 'představují', 'tvoří', 'činí', 'činil', 'činila', 'činilo', 'dosáhl', 'dosáhla', 'dosáhlo', 'jde', 'šlo', 'nachází', 'nacházejí'],
    // (the past in -l and the present in -uje, -ají, -ějí; not "-el", which also ends nouns of agents, "ředitel", "učitel")
    finiteEndings: ['al', 'ala', 'alo', 'ali', 'aly', 'il', 'ila', 'ilo', 'ili', 'ily', 'yl', 'yla', 'ylo', 'yli', 'yly', 'ěl', 'ěla', 'ělo', 'ěli', 'ěly', 'nul', 'nula', 'nulo', 'nuli', 'nuly', 'ekl', 'ekla', 'eklo', 'ekli', 'šel', 'sel', 'sela', 'seli', 'uje', 'ují', 'ají', 'ejí', 'ějí'],
  },
  figures: {
    cost: 'Náklady',
    upTo: 'až',
    costVerbs: [`stojí${NOT_STANDING}`, `stál${NOT_STANDING}`, `stála${NOT_STANDING}`, `stálo${NOT_STANDING}`, `stáli${NOT_STANDING}`, `stály${NOT_STANDING}`, 'bude stát', 'budou stát', 'má stát', 'mají stát', 'může stát', 'vyjde na', 'vyjdou na', 'vyšel na', 'vyšla na', 'vyšlo na', 'vyšly na', 'přijde na', 'přijdou na', 'přišel na', 'přišla na', 'přišlo na', 'v hodnotě', 'nákladem', 'náklady', 'utratil', 'utratila', 'utratilo', 'utratili', 'utratí', 'vynaložil', 'vynaložila', 'vynaložilo', 'vynaložili', 'vynaloženo', 'vydal', 'vydala', 'vydalo', 'vydali', 'vydá', 'vydává', 'vydávají', 'zaplatil', 'zaplatila', 'zaplatilo', 'zaplatili', 'investoval', 'investovala', 'investovalo', 'investovali'],
    because: ['kvůli', 'vzhledem k', 'vzhledem ke', 'díky', 'protože', 'jelikož', 'neboť', 'v důsledku', 'následkem', 'z důvodu', 'v souvislosti s', 'v souvislosti se'],
    units: ['km', 'kilometr', 'kilometry', 'kilometrů', 'm', 'metr', 'metry', 'metrů', 'cm', 'mm', 'míle', 'mil', 'rok', 'roky', 'let', 'roků', 'měsíc', 'měsíce', 'měsíců', 'týden', 'týdny', 'týdnů', 'den', 'dny', 'dní', 'dnů', 'hodina', 'hodiny', 'hodin', 'minuta', 'minuty', 'minut', 'sekunda', 'sekundy', 'sekund', 'milisekund', 'tuna', 'tuny', 'tun', 'kg', 'kilogram', 'kilogramy', 'kilogramů', 'litr', 'litry', 'litrů', 'l', 'ha', 'hektar', 'hektary', 'hektarů', 'stupeň', 'stupně', 'stupňů', 'krát', 'bajt', 'bajty', 'bajtů', 'kilobajtů', 'megabajtů', 'gigabajtů', 'terabajtů'],
    among: ['včetně', 'z toho', 'z nich', 'z nichž', 'mezi nimi', 'mezi nimiž', 'mezi kterými', 'mimo jiné', 'mj\\.'],
    outOf: ['z', 'ze'],
    below: ['níže', 'dole', 'následující', 'následujícího', 'následujících', 'následujícím', 'následovně'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['ale', 'a', 'i', 'nebo', 'či', 'také', 'rovněž', 'však', 'avšak', 'jenže', 'ovšem', 'nicméně', 'navíc', 'kromě toho', 'mimo to', 'přesto', 'přitom', 'mezitím', 'zároveň', 'současně', 'naopak', 'proto', 'tedy', 'takže', 'tudíž', 'v důsledku toho', 'díky tomu', 'například', 'zejména', 'čili', 'jinými slovy', 've skutečnosti', 'na druhou stranu', 'na druhé straně', 'on', 'ona', 'oni', 'ony', 'jeho', 'její', 'jejich', 'to', 'ten', 'ta', 'ty', 'tento', 'tato', 'toto', 'tyto'],
    concluding: ['závěr', 'závěry', 'na závěr', 'závěrem', 'shrnutí', 'souhrn', 'v kostce', 'hlavní závěry', 'klíčové závěry', 'co si odnést', 'poučení', 'ponaučení', 'výhled', 'co dál', 'co dále', 'další kroky', 'příští kroky', 'závěrečné poznámky', 'závěrečné myšlenky', 'zhodnocení'],
  },
} as const satisfies Locale
