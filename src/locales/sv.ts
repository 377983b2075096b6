/** Swedish. */
import type { Locale } from './types.ts'

/**
 * Openings whose "det" stands for nothing said before: "det är svårt att …", "det var första
 * gången …" (a form of "vara" or "bli", then what the clause after it is).
 */
const IT_IS = ['är', 'var', 'blir', 'blev'].flatMap((verb) =>
  [
    'svårt', 'lätt', 'enkelt', 'möjligt', 'omöjligt', 'viktigt', 'nödvändigt', 'kritiskt', 'avgörande', 'klart', 'tydligt', 'uppenbart', 'oklart', 'inte klart', 'fortfarande oklart', 'ännu oklart',
    'känt', 'okänt', 'inte känt', 'troligt', 'sannolikt', 'osannolikt', 'dags', 'värt', 'bra', 'dåligt', 'vanligt', 'ovanligt', 'inte ovanligt', 'naturligt', 'rimligt', 'orimligt', 'sant', 'synd', 'svårare', 'lättare',
    'ingen hemlighet', 'ingen slump', 'ingen överraskning', 'första gången', 'andra gången', 'sista gången', 'inte första gången', 'oklart om', 'tveksamt',
  ].map((what) => `det ${verb} ${what}`),
)

export const sv = {
  tag: 'sv',
  dir: 'ltr',
  slide: {
    agenda: 'Innehåll',
    takeaways: 'Det viktigaste',
    outlook: 'Framåtblick',
    people: 'Vem är vem',
    sources: 'Källor',
    keyFigure: 'Nyckeltal',
    whatItCost: 'Vad det kostar',
    // (the definite form: "the figures")
    theFigures: 'Siffrorna',
    // (after Intl's list: "Intäkter, Annonsvisningar och ytterligare 4")
    moreItems: (n) => `ytterligare ${n}`,
    continued: ' (forts.)',
    introduction: 'Inledning',
    part: (n) => `Del ${n}`,
    // (the definite form after the section's title: "Det buggiga mönstret: koden")
    code: 'koden',
    formula: '[formel]',
    quote: 'Citat',
    amount: 'Belopp',
    count: 'Antal',
    share: 'Andel',
    article: 'Artikel',
    author: 'Författare',
    issuedBy: 'Utgivare',
    published: 'Publicerad',
    source: 'Källa',
    standardInput: 'standardinmatning',
    colon: ': ',
    authorVoice: (author) => `— ${author}, artikelns författare`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `Presentationen följer artikeln i ${n} ${n === 1 ? 'del' : 'delar'}: ${items}.`,
    sources: 'Varje punkt i presentationen är hämtad ur artikelns egna meningar; anteckningarna till varje bild citerar de stycken den bygger på.',
  },
  chart: {
    notStated: 'belopp anges inte',
    logScale: (r) => `logaritmisk skala: det största beloppet är ${r} gånger så stort som det minsta`,
    mixed: 'olika valutor, inte omräknade',
    columns: ['Post', 'Belopp', 'Anmärkning', 'Källa'],
    // (not "under", which English would show too)
    qualifiers: { under: 'mindre än', over: 'över', about: 'cirka', 'up to': 'upp till', 'at least': 'minst' },
    comparisons: [
      'jämfört med motsvarande period i fjol', 'jämfört med motsvarande period förra året', 'jämfört med motsvarande period föregående år', 'jämfört med samma period i fjol', 'jämfört med samma period förra året', 'jämfört med samma period föregående år',
      'jämfört med motsvarande kvartal i fjol', 'jämfört med motsvarande kvartal förra året', 'jämfört med samma kvartal i fjol', 'jämfört med samma kvartal förra året',
      'jämfört med i fjol', 'jämfört med förra året', 'jämfört med föregående år', 'jämfört med året innan', 'jämfört med året före', 'jämfört med ett år tidigare', 'jämfört med för ett år sedan',
      'på årsbasis', 'i årstakt', 'i årstakten', 'på helårsbasis',
      'jämfört med föregående kvartal', 'jämfört med förra kvartalet', 'jämfört med kvartalet innan', 'jämfört med kvartalet före', 'på kvartalsbasis',
      'jämfört med föregående månad', 'jämfört med förra månaden', 'jämfört med månaden innan', 'jämfört med månaden före', 'på månadsbasis', 'i månadstakt',
    ],
    changeTitle: (c, l) => (l ? `Förändring ${c}: ${l.label} ${l.fell ? '−' : '+'}${l.amount}` : `Förändring ${c}`),
    // (the longer openings first: the first that matches is taken, and "vi frågade" would leave "också vilka …")
    asked: {
      openings: [
        'vi frågade respondenterna', 'vi frågade deltagarna', 'vi frågade användarna', 'vi frågade de svarande', 'vi frågade också', 'vi frågade även', 'vi frågade dessutom', 'vi frågade sedan', 'vi frågade',
        'vi har frågat', 'vi har också frågat', 'vi ställde också frågan', 'vi ställde frågan', 'vi bad också respondenterna ange', 'vi bad respondenterna ange', 'vi bad deltagarna ange',
        'respondenterna fick frågan', 'deltagarna fick frågan', 'användarna fick frågan', 'de svarande fick frågan', 'respondenterna tillfrågades', 'deltagarna tillfrågades',
      ],
      questionWords: ['vad', 'vilka', 'vilken', 'vilket', 'hur många', 'hur mycket', 'hur ofta', 'hur', 'vem', 'var', 'varifrån', 'när', 'varför', 'i vilken utsträckning', 'om'],
    },
  },
  table: {
    table: 'Tabell',
    part: (r, R, c, C) => (r < R && c < C ? 'valda rader och kolumner' : r < R ? 'valda rader' : c < C ? 'valda kolumner' : 'alla rader'),
    // (a Swedish verb takes no number: "1 av artikelns tabeller visas inte", "3 av … visas inte")
    leftOut: (n, shown) =>
      `${n} av artikelns tabeller visas inte på bilderna${shown === 1 ? ': presentationen visar den som texten hänvisar till oftast' : shown > 0 ? `: presentationen visar de ${shown} som texten hänvisar till oftast` : ''}`,
    largest: (r, R, col) => `de ${r} största av ${R} rader efter ${col}, störst först`,
    by: (v, r) => `${v} per ${r}`,
    byPair: (v, r, s) => `${v} per ${r} och ${s}`,
    glance: (h) => `${h} i korthet`,
    noHeader: '(ingen rubrik)',
  },
  bars: {
    chartOf: (n) => `Stapeldiagram med ${n} ${n === 1 ? 'värde' : 'värden'}`,
    columns: ['Post', 'Värde'],
  },
  // ”…” (the same mark at both ends), the marks of Swedish typography and of ./typography.ts before this locale
  quote: { marks: { open: '”', close: '”' }, paraphrased: 'fritt återgivet' },
  handout: {
    titleSuffix: ' (åhörarkopia)',
    slideOf: (n, total, title) => `Bild ${n} av ${total}: ${title}`,
    pageOf: (page, total) => `Sida ${page} av ${total}`,
  },
  info: (origin) => `Skapad med deckwright från ${origin}.`,
  speech: {
    // (every locale's verbs are read in every text: Swedish words only. Not "fortsätter", also "goes on", "Kriget fortsätter";
    // not "tycker", "tror" alone, as often "thinks" of the writer's own; not "frågar", whose quotation is a question)
    verbs: [
      'säger', 'sa', 'sade', 'berättar', 'berättade', 'förklarar', 'förklarade', 'skriver', 'skrev', 'uppger', 'uppgav', 'meddelar', 'meddelade',
      'menar', 'menade', 'konstaterar', 'konstaterade', 'betonar', 'betonade', 'understryker', 'underströk', 'framhåller', 'framhöll', 'poängterar', 'poängterade',
      'påpekar', 'påpekade', 'tillägger', 'tillade', 'svarar', 'svarade', 'medger', 'medgav', 'erkänner', 'erkände', 'anser', 'ansåg', 'hävdar', 'hävdade',
      'varnar', 'varnade', 'kommenterar', 'kommenterade', 'bekräftar', 'bekräftade', 'beskriver', 'beskrev', 'sammanfattar', 'sammanfattade',
      'invänder', 'invände', 'lovar', 'lovade', 'försäkrar', 'försäkrade', 'intygar', 'intygade', 'klagar', 'klagade', 'suckar', 'suckade', 'skrattar', 'skrattade',
      'ropar', 'ropade', 'skanderar', 'skanderade', 'förutspår', 'förutspådde', 'resonerar', 'resonerade', 'tillstår', 'tillstod', 'utvecklar', 'utvecklade',
    ],
    according: ['enligt'],
    // (openings whose "det" stands for nothing said before, and times told from now: "Denna vecka …", "Den här veckan …")
    impersonal: [
      ...IT_IS,
      'det finns', 'det fanns', 'det har funnits', 'det råder', 'det rådde', 'det går att', 'det går inte att', 'det gick att', 'det gick inte att', 'det gäller att', 'det krävs', 'det krävdes', 'det behövs', 'det behövdes',
      'det verkar som', 'det verkar', 'det tycks', 'det visar sig', 'det visade sig', 'det återstår att se', 'det sägs', 'det uppges', 'det rapporteras', 'det beräknas', 'det väntas', 'det förväntas', 'det tar', 'det tog', 'det har gått', 'det hade gått',
      'det handlar inte om', 'det kan vara svårt', 'det kan bli', 'det kommer att bli', 'det har blivit', 'det regnar', 'det snöar',
      'denna vecka', 'denna månad', 'detta år', 'denna höst', 'denna vinter', 'denna vår', 'denna sommar', 'den här veckan', 'den här månaden', 'den här hösten', 'den här vintern', 'den här våren', 'den här sommaren', 'den här gången', 'det här året', 'det här kvartalet',
    ],
    // (not "därtill", also "to that end", "därtill kommer att …")
    additive: ['också', 'även', 'dessutom', 'likaså'],
    // ("inte bara … utan också", "även om", "även när", "även kallad", "också känd som", "så även")
    additiveHeld: ['utan', 'inte', 'bara', 'endast', 'om', 'när', 'då', 'så', 'som', 'kallad', 'kallat', 'kallade', 'kallas', 'känd', 'känt', 'kända', 'benämnd'],
    additiveLast: [],
    deicticLast: ['där', 'dit', 'därifrån', 'därav', 'så'],
    // ("det", "den", "de" alone are also the article before an adjective, "Det USA-tillverkade systemet …", "De senaste attackerna …":
    // only with a verb; not "andra" alone, also "second", "Andra världskriget"; not "då", "sedan", also "when", "since")
    backReference: [
      'han', 'hon', 'hen', 'hans', 'hennes', 'dess', 'deras', 'honom', 'dem', 'denna', 'detta', 'dessa', 'denne', 'den här', 'det här', 'de här', 'den där', 'det där', 'de där',
      'sådan', 'sådant', 'sådana', 'en sådan', 'ett sådant', 'båda', 'bägge', 'de andra', 'övriga', 'den senare', 'det senare', 'de senare', 'den förra', 'den förstnämnda', 'den sistnämnda',
      'det året', 'den dagen', 'den gången', 'den veckan', 'den natten', 'det beslutet',
      'det är', 'det var', 'det har', 'det hade', 'det blir', 'det blev', 'det kan', 'det kunde', 'det ska', 'det skulle', 'det måste', 'det innebär', 'det innebar', 'det betyder', 'det gör', 'det gjorde', 'det visar', 'det handlar om', 'det gäller', 'det gällde', 'det får', 'det fick', 'det kommer',
      'den är', 'den var', 'den har', 'den hade', 'den blir', 'den blev', 'den kan', 'den kunde', 'den ska', 'den skulle', 'den måste', 'den innebär', 'den innehåller', 'den gör', 'den gjorde', 'den visar', 'den får', 'den fick',
      'de är', 'de var', 'de har', 'de hade', 'de blir', 'de blev', 'de kan', 'de kunde', 'de ska', 'de skulle', 'de måste', 'de vill', 'de ville', 'de menar', 'de säger', 'de sa', 'de gör', 'de gjorde', 'de får', 'de fick',
      'men', 'och', 'eller', 'utan', 'så', 'också', 'även', 'dock', 'däremot', 'emellertid', 'ändå', 'likväl', 'dessutom', 'därtill', 'vidare', 'likaså', 'på samma sätt', 'här', 'där', 'därefter', 'sedan dess', 'dessförinnan', 'innan dess', 'fram till dess', 'efter det', 'efter detta', 'vid det laget', 'vid den tiden', 'på den tiden',
      'därför', 'därmed', 'således', 'alltså', 'följaktligen', 'därav', 'härav', 'därigenom', 'på så sätt', 'på grund av detta', 'på grund av det', 'av den anledningen', 'av det skälet', 'till följd av detta', 'trots det', 'trots detta', 'trots allt',
      'samtidigt', 'under tiden', 'istället', 'i stället', 'tvärtom', 'annars', 'å andra sidan', 'i gengäld', 'i så fall', 'i det fallet', 'i sådana fall', 'i båda fallen', 'i vilket fall', 'hur som helst',
      'till exempel', 'exempelvis', 'bland annat', 'framför allt', 'särskilt', 'med andra ord', 'det vill säga', 'faktum är', 'i själva verket', 'i verkligheten', 'faktiskt', 'visserligen',
      'för det första', 'för det andra', 'för det tredje', 'för det fjärde', 'slutligen', 'till sist', 'till slut',
    ],
    concessive: ['visserligen', 'förvisso', 'givetvis', 'naturligtvis', 'självklart', 'onekligen', 'inte bara'],
    // (not "dock", "ändå", which only qualify it)
    contrast: ['men', 'i själva verket', 'i verkligheten', 'faktum är att', 'tvärtom', 'däremot'],
    // (single words before their comma only: Swedish puts the verb right after a connective, "Med andra ord är det …", so the
    // clause left would open on its verb, a question's order; not "däremot", a contrast, nor "exempelvis", which the point needs)
    detachable: ['dock', 'emellertid', 'dessutom', 'samtidigt', 'ändå', 'likväl', 'förresten', 'faktiskt', 'naturligtvis', 'givetvis', 'självklart', 'likaså', 'alltså', 'visserligen', 'vidare'],
    // (not "min", also "minutes", "15 min")
    firstPerson: ['jag', 'mig', 'mej', 'mitt', 'mina'],
    // (not "er", "era": every locale's words are read in every language's interview headings, where "er" is German "he" and "era" Spanish "was")
    secondPerson: ['du', 'dig', 'dej', 'din', 'ditt', 'dina', 'ni', 'ert'],
    relative: ['som', 'vilket', 'vilka', 'vilken', 'vars'],
    // (not "den", "det", "de": also articles, "det nya avtalet")
    demonstratives: ['denna', 'detta', 'dessa', 'denne', 'sådan', 'sådant', 'sådana'],
    // (as they follow "denna", "detta", "dessa": "denna vecka", "detta år", "dessa dagar"; the definite forms after "den här": "den här veckan")
    deictic: ['år', 'året', 'vecka', 'veckan', 'månad', 'månaden', 'morgon', 'morgonen', 'förmiddag', 'eftermiddag', 'kväll', 'kvällen', 'natt', 'natten', 'vår', 'våren', 'sommar', 'sommaren', 'höst', 'hösten', 'vinter', 'vintern', 'kvartal', 'kvartalet', 'decennium', 'decenniet', 'sekel', 'seklet', 'helg', 'helgen', 'säsong', 'säsongen', 'dagar', 'dagarna', 'stund', 'gång', 'gången', 'artikel', 'artikeln', 'text', 'texten', 'inlägg', 'inlägget', 'rapport', 'rapporten', 'avsnitt', 'avsnittet', 'kapitel', 'kapitlet', 'bok', 'boken', 'sida', 'sidan', 'nyhetsbrev', 'reportage', 'reportaget', 'granskning', 'granskningen'],
    conclusive: ['sammanfattningsvis', 'kort sagt', 'i korthet', 'till syvende och sist', 'i slutändan', 'när allt kommer omkring', 'allt som allt', 'slutsatsen', 'lärdomen', 'alltså', 'därför', 'måste', 'bör', 'borde', 'behöver', 'behövs', 'krävs', 'nödvändigt', 'nödvändig', 'viktigt', 'viktig', 'viktiga', 'viktigaste', 'avgörande', 'centralt', 'väsentligt', 'kritiskt', 'visar att', 'visar tydligt', 'innebär att', 'betyder att', 'tydligt att', 'uppenbart', 'det är klart att'],
    // (not "kommer att", the future of every plan; not a bare "kan", "can")
    outlook: ['kan komma att', 'skulle kunna', 'kan leda till', 'kan bli', 'troligen', 'sannolikt', 'förmodligen', 'antagligen', 'väntas', 'förväntas', 'förväntar', 'räknar med', 'bedöms', 'prognos', 'prognosen', 'prognoser', 'befarar', 'befaras', 'fruktar', 'rädsla', 'rädda', 'oro', 'orolig', 'oroliga', 'oroar', 'oroas', 'risk', 'risken', 'risker', 'riskerar', 'hot', 'hotet', 'hotar', 'framtid', 'framtiden', 'i framtiden', 'framöver', 'de kommande åren', 'på sikt', 'utsikterna'],
    // (an imperative at the sentence's start; not a bare "stöd", also "support for", nor "dela", "del")
    callsToAction: ['läs också', 'läs även', 'läs mer', 'läs hela', 'läs', 'se även', 'se också', 'se', 'titta', 'lyssna', 'ladda ner', 'ladda hem', 'prenumerera', 'bli prenumerant', 'bli medlem', 'teckna', 'registrera dig', 'anmäl dig', 'följ oss', 'följ', 'klicka', 'prova', 'testa', 'stöd oss', 'stöd vår', 'missa inte', 'dela artikeln', 'dela gärna', 'tipsa oss'],
    // (not "tack vare", "thanks to", "because of")
    acknowledgements: ['tack till', 'ett stort tack', 'stort tack till', 'varmt tack', 'ett varmt tack', 'vi vill tacka', 'jag vill tacka', 'vill tacka', 'vi tackar', 'jag tackar', 'tack för att du läste', 'tack för att ni läste', 'tack för att du lyssnade', 'tack för att ni lyssnade'],
    noAnswer: [
      'vill inte kommentera', 'ville inte kommentera', 'vill inte uttala sig', 'ville inte uttala sig', 'avböjer att kommentera', 'avböjde att kommentera', 'avstår från att kommentera', 'avstod från att kommentera',
      'har inte svarat på frågor', 'har inte svarat på våra frågor', 'har inte besvarat', 'har inte återkommit', 'har sökts för en kommentar', 'söks för en kommentar', 'har sökts utan framgång', 'har inte gått att nå', 'gick inte att nå', 'går inte att nå', 'har inte lyckats nå',
      'har inte velat kommentera', 'utan kommentar', 'ingen kommentar',
    ],
    othersWords: ['svaren', 'svar', 'kommentarer', 'kommentarerna', 'reaktioner', 'reaktionerna', 'citat', 'åsikter', 'synpunkter', 'röster', 'vittnesmål', 'erfarenheter', 'vad de sa', 'vad de säger'],
    // (not "här är", also "Här är skadorna som störst"; not "följande", also "the next", "följande dag")
    aboutTheText: ['i den här artikeln', 'den här artikeln', 'i denna artikel', 'denna artikel', 'i den här texten', 'den här texten', 'i denna text', 'i det här inlägget', 'det här inlägget', 'i den här rapporten', 'i detta avsnitt', 'i det här avsnittet', 'i nästa avsnitt', 'i följande avsnitt', 'på den här sidan', 'på denna sida', 'läs också', 'läs även', 'läs mer', 'se nedan', 'här nedan', 'nedan', 'nedanstående', 'här är några', 'här kommer', 'här hittar du', 'vi reder ut', 'vi förklarar', 'vi har sammanställt', 'vi listar', 'tack för att du läste', 'hör av dig', 'hör gärna av dig', 'klicka här', 'följ oss', 'håll dig uppdaterad', 'följ utvecklingen'],
    plans: ['låt oss', 'vi ska titta på', 'vi tittar på', 'vi går igenom', 'vi ska gå igenom', 'vi börjar med', 'vi ska se', 'vi ska nu'],
    // (a subordinate clause alone: Swedish may leave out the comma after one, "När polisen kom var mannen död", which then reads as no statement, a takeaway the less)
    subordinators: ['eftersom', 'därför att', 'fastän', 'trots att', 'även om', 'om', 'ifall', 'om inte', 'när', 'medan', 'innan', 'tills', 'efter att', 'sedan', 'så att', 'för att', 'såvida', 'som om', 'i fall att'],
    articles: ['en', 'ett', 'den', 'det', 'de'],
    whereRelative: ['där', 'dit', 'varifrån', 'varest'],
    contrastEnding: ['till skillnad från', 'i motsats till', 'jämfört med', 'i jämförelse med', 'medan', 'trots', 'precis som'],
    // (none: "-ande", "-ende" also end nouns, "ett uttalande", and "-ad", "-at" past tenses)
    participleEndings: [],
    // (not "var", also "where" and "each", "var tredje")
    finiteVerbs: ['är', 'har', 'hade', 'blir', 'blev', 'kan', 'kunde', 'ska', 'skall', 'skulle', 'måste', 'vill', 'ville', 'får', 'fick', 'finns', 'fanns', 'gör', 'gjorde', 'går', 'gick', 'kommer', 'kom', 'ligger', 'låg', 'står', 'stod', 'visar', 'visade', 'innebär', 'innebar', 'betyder'],
    // (none: "-ar", "-er", "-ade" also end plurals and adjectives)
    finiteEndings: [],
  },
  figures: {
    cost: 'Kostnad',
    upTo: 'upp till',
    costVerbs: ['kostar', 'kostade', 'kostat', 'kosta', 'kostnad', 'kostnaden', 'kostnader', 'till en kostnad av', 'spenderade', 'spenderar', 'spenderat', 'betalade', 'betalar', 'betalat', 'betalt', 'investerade', 'investerar', 'investerat', 'värd', 'värt', 'värda', 'prislapp', 'prislappen'],
    because: ['på grund av', 'till följd av', 'som en följd av', 'tack vare', 'eftersom', 'därför att', 'i och med', 'med anledning av', 'beroende på', 'drivet av', 'drivna av', 'främst till följd av'],
    // (a unit after a number: "27 kilometer", "5 år", "3 timmar")
    units: ['km', 'kilometer', 'mil', 'm', 'meter', 'cm', 'mm', 'år', 'åren', 'månad', 'månader', 'vecka', 'veckor', 'dag', 'dagar', 'dygn', 'timme', 'timmar', 'minut', 'minuter', 'sekund', 'sekunder', 'millisekunder', 'mikrosekunder', 'ton', 'kilo', 'kg', 'gram', 'liter', 'l', 'ha', 'hektar', 'grad', 'grader', 'gång', 'gånger', 'byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'bitar'],
    among: ['varav', 'däribland', 'bland dem', 'bland dessa', 'bland annat', 'bl\\.a\\.', 'inklusive', 'inräknat', 'av vilka', 'av dem', 'av dessa'],
    outOf: ['av'],
    below: ['nedan', 'här nedan', 'nedanstående', 'följande'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    // (not "de" alone, also the article, "De senaste attackerna …")
    continuation: ['men', 'och', 'eller', 'så', 'också', 'även', 'dock', 'emellertid', 'däremot', 'dessutom', 'därtill', 'vidare', 'ändå', 'trots det', 'trots detta', 'därför', 'således', 'alltså', 'därmed', 'följaktligen', 'samtidigt', 'istället', 'i stället', 'till exempel', 'exempelvis', 'med andra ord', 'i själva verket', 'å andra sidan', 'han', 'hon', 'hen', 'hans', 'hennes', 'deras', 'dess', 'detta', 'denna', 'dessa', 'det är', 'det var', 'den är', 'den var', 'de är', 'de var', 'de har', 'de hade'],
    concluding: ['slutsats', 'slutsatser', 'slutsatser och rekommendationer', 'sammanfattning', 'sammanfattningsvis', 'summering', 'avslutning', 'avslutningsvis', 'slutord', 'avslutande tankar', 'avslutande reflektioner', 'till sist', 'i korthet', 'lärdomar', 'viktiga lärdomar', 'det viktigaste', 'framåtblick', 'blick framåt', 'vägen framåt', 'nästa steg', 'vad händer nu', 'hur går vi vidare'],
  },
} as const satisfies Locale
