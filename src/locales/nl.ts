/** Dutch. */
import type { Locale } from './types.ts'

export const nl = {
  tag: 'nl',
  dir: 'ltr',
  slide: {
    agenda: 'Inhoud',
    takeaways: 'Belangrijkste punten',
    outlook: 'Vooruitblik',
    people: 'Wie is wie',
    sources: 'Bronnen',
    keyFigure: 'Kerncijfer',
    whatItCost: 'Wat het kost',
    theFigures: 'De cijfers',
    // (after the list's "en": "Omzet, Advertentievertoningen en nog 4")
    moreItems: (n) => `nog ${n}`,
    continued: ' (vervolg)',
    introduction: 'Inleiding',
    part: (n) => `Deel ${n}`,
    code: 'de code',
    formula: '[formule]',
    quote: 'Citaat',
    amount: 'Bedrag',
    count: 'Aantal',
    share: 'Aandeel',
    article: 'Artikel',
    author: 'Auteur',
    issuedBy: 'Uitgegeven door',
    published: 'Gepubliceerd',
    source: 'Bron',
    standardInput: 'standaardinvoer',
    colon: ': ',
    authorVoice: (author) => `— ${author} (auteur van het artikel)`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `De presentatie volgt het artikel in ${n} ${n === 1 ? 'deel' : 'delen'}: ${items}.`,
    sources: 'Elk punt in deze presentatie is ontleend aan de zinnen van het artikel zelf; de notities bij elke dia citeren de passages waar de punten vandaan komen.',
  },
  chart: {
    notStated: 'bedrag niet vermeld',
    logScale: (r) => `logaritmische schaal: het grootste bedrag is ${r}× het kleinste`,
    mixed: 'verschillende valuta, niet omgerekend',
    columns: ['Post', 'Bedrag', 'Opmerking', 'Bron'],
    // (not "tot" for "up to": on its own before an amount it also reads as "until")
    qualifiers: { under: 'minder dan', over: 'meer dan', about: 'ongeveer', 'up to': 'maximaal', 'at least': 'minstens' },
    comparisons: [
      'ten opzichte van dezelfde periode vorig jaar', 'ten opzichte van dezelfde periode een jaar eerder', 'ten opzichte van vorig jaar', 'ten opzichte van een jaar eerder', 'ten opzichte van een jaar geleden',
      'vergeleken met dezelfde periode vorig jaar', 'vergeleken met vorig jaar', 'vergeleken met een jaar eerder', 'vergeleken met een jaar geleden',
      'in vergelijking met dezelfde periode vorig jaar', 'in vergelijking met vorig jaar', 'in vergelijking met een jaar eerder', 'in vergelijking met een jaar geleden',
      'op jaarbasis', 'jaar op jaar',
      'ten opzichte van het vorige kwartaal', 'ten opzichte van het voorgaande kwartaal', 'vergeleken met het vorige kwartaal', 'in vergelijking met het vorige kwartaal', 'op kwartaalbasis',
      'ten opzichte van vorige maand', 'ten opzichte van een maand eerder', 'vergeleken met vorige maand', 'in vergelijking met vorige maand', 'op maandbasis',
    ],
    changeTitle: (c, l) => (l ? `Verandering ${c}: ${l.label} ${l.fell ? '−' : '+'}${l.amount}` : `Verandering ${c}`),
    // (the longer openings first: the first that matches is taken, and "we vroegen" would leave "ook welke …")
    asked: {
      openings: [
        'we vroegen de respondenten', 'we vroegen respondenten', 'we vroegen de deelnemers', 'we vroegen deelnemers', 'we vroegen de gebruikers', 'we vroegen gebruikers', 'we vroegen ook', 'we vroegen daarnaast', 'we vroegen verder', 'we vroegen',
        'wij vroegen ook', 'wij vroegen', 'we hebben ook gevraagd', 'we hebben gevraagd', 'ook vroegen we', 'daarnaast vroegen we', 'verder vroegen we', 'vervolgens vroegen we',
        'aan respondenten werd gevraagd', 'respondenten werd gevraagd', 'aan deelnemers werd gevraagd', 'deelnemers werd gevraagd', 'gebruikers werd gevraagd',
      ],
      questionWords: ['wat', 'welke', 'welk', 'hoeveel', 'hoe', 'wie', 'waar', 'waarvoor', 'wanneer', 'waarom', 'in hoeverre', 'of'],
    },
  },
  table: {
    table: 'Tabel',
    part: (r, R, c, C) => (r < R && c < C ? 'geselecteerde rijen en kolommen' : r < R ? 'geselecteerde rijen' : c < C ? 'geselecteerde kolommen' : 'alle rijen'),
    leftOut: (n, shown) =>
      `${n === 1 ? '1 tabel uit het artikel staat niet op een dia' : `${n} tabellen uit het artikel staan niet op de dia's`}${shown === 1 ? ': de presentatie toont de tabel waarnaar de tekst het vaakst verwijst' : shown > 0 ? `: de presentatie toont de ${shown} tabellen waarnaar de tekst het vaakst verwijst` : ''}`,
    largest: (r, R, col) => `de ${r} grootste van ${R} rijen naar ${col}, van groot naar klein`,
    by: (v, r) => `${v} per ${r}`,
    byPair: (v, r, s) => `${v} per ${r} en ${s}`,
    glance: (h) => `${h} in één oogopslag`,
    noHeader: '(geen kolomkop)',
  },
  bars: {
    chartOf: (n) => `Staafdiagram met ${n} ${n === 1 ? 'waarde' : 'waarden'}`,
    columns: ['Onderdeel', 'Waarde'],
  },
  // “…”, the marks ./typography.ts gave Dutch before it had a locale of its own (‘…’ is as common)
  quote: { marks: { open: '“', close: '”' }, paraphrased: 'geparafraseerd' },
  handout: {
    titleSuffix: ' (hand-out)',
    slideOf: (n, total, title) => `Dia ${n} van ${total}: ${title}`,
    pageOf: (page, total) => `Pagina ${page} van ${total}`,
  },
  info: (origin) => `Gemaakt met deckwright op basis van ${origin}.`,
  speech: {
    // (every locale's verbs are read in every text: Dutch words only. Not "vindt", also "vindt plaats", "takes place";
    // not "denkt", "vraagt"; not "stellen", also the infinitive of "vragen stellen", "vast te stellen"; not "voegt … toe",
    // "merkt … op" after a quotation, whose particle comes after the name: "…", voegt Jansen eraan toe)
    verbs: [
      'zegt', 'zei', 'zeggen', 'zeiden', 'vertelt', 'vertelde', 'vertellen', 'vertelden', 'stelt', 'stelde', 'stelden', 'aldus',
      'verklaart', 'verklaarde', 'verklaarden', 'benadrukt', 'benadrukte', 'benadrukken', 'benadrukten', 'onderstreept', 'onderstreepte',
      'waarschuwt', 'waarschuwde', 'waarschuwen', 'waarschuwden', 'schrijft', 'schreef', 'schreven', 'meldt', 'meldde',
      'antwoordt', 'antwoordde', 'reageert', 'reageerde', 'meent', 'meende', 'menen', 'beweert', 'beweerde', 'beweren', 'betoogt', 'betoogde',
      'concludeert', 'concludeerde', 'constateert', 'constateerde', 'oordeelt', 'oordeelde', 'voorspelt', 'voorspelde', 'klaagt', 'klaagde',
      'belooft', 'beloofde', 'verzucht', 'verzuchtte', 'grapt', 'grapte', 'legt uit', 'legde uit', 'licht toe', 'lichtte toe', 'geeft toe', 'gaf toe',
      'merkt op', 'merkte op', 'laat weten', 'liet weten',
    ],
    according: ['volgens'],
    // (openings whose "het" stands for nothing said before, and times told from now: "Dit jaar …", "Deze week …" open on a demonstrative that points back nowhere)
    impersonal: [
      'het is duidelijk', 'het is niet duidelijk', 'het is nog niet duidelijk', 'het is onduidelijk', 'het is nog onduidelijk', 'het is bekend', 'het is niet bekend', 'het is nog niet bekend', 'het is onbekend', 'het is nog onbekend',
      'het is moeilijk', 'het is lastig', 'het is makkelijk', 'het is gemakkelijk', 'het is eenvoudig', 'het is mogelijk', 'het is onmogelijk', 'het is belangrijk', 'het is van belang', 'het is nodig', 'het is noodzakelijk',
      'het is waarschijnlijk', 'het is onwaarschijnlijk', 'het is tijd', 'het wordt tijd', 'het is de moeite waard', 'het is zaak', 'het is de bedoeling', 'het is de vraag', 'het is nog maar de vraag', 'het is geen geheim',
      'het is geen verrassing', 'het is geen toeval', 'het is opvallend', 'het is waar dat', 'het is zo dat', 'het is niet zo dat', 'het is de eerste keer', 'het is voor het eerst', 'het is al jaren',
      'het was duidelijk', 'het was niet duidelijk', 'het was onduidelijk', 'het was lastig', 'het was moeilijk', 'het was de eerste keer', 'het was voor het eerst', 'het kan zijn dat', 'het zou kunnen dat',
      'het moet gezegd', 'het heeft geen zin', 'het zal duidelijk zijn', 'het blijft onduidelijk', 'het blijft de vraag', 'het bleef onduidelijk',
      'dit jaar', 'deze week', 'dit weekend', 'deze maand', 'dit voorjaar', 'deze lente', 'deze zomer', 'dit najaar', 'deze herfst', 'deze winter', 'dit seizoen', 'dit kwartaal', 'dit decennium', 'deze eeuw', 'deze dagen',
    ],
    additive: ['ook', 'eveneens', 'tevens', 'bovendien', 'daarnaast'],
    // ("maar ook", "niet alleen … ook", "ook niet", "ook al", "hoe dan ook", "dan ook", "wat ook", "zo ook", "ook wel … genoemd", "ook bekend als", "geldt ook als")
    additiveHeld: ['maar', 'niet', 'alleen', 'al', 'dan', 'wat', 'wie', 'waar', 'hoe', 'welke', 'zo', 'wel', 'bekend', 'genoemd', 'als', 'net', 'even'],
    additiveLast: [],
    // (a pronominal adverb or "er", "zo" closing the sentence: "De problemen beginnen daar", "Dat blijft voorlopig zo")
    deicticLast: ['daar', 'er', 'zo', 'daarin', 'daarop', 'daarmee', 'daarbij', 'daarvan', 'daaraan', 'daarover', 'daardoor'],
    // (not "het" alone, also the article, "Het kabinet …": only with a verb; not "zo" alone, whose "zo'n" opens "Zo'n 200 mensen …"
    // ("about 200"): only with a verb; not "of", which opens "Of dat lukt, is de vraag"; not "toen", also "when", "Toen de politie kwam, …";
    // not "de laatste", which opens "De laatste jaren …")
    backReference: [
      'hij', 'zij', 'ze', 'hem', 'haar', 'zijn', 'hun', 'hen', 'diens', 'dit', 'deze', 'die', 'dat', 'dergelijke', 'zulke', 'hetzelfde', 'dezelfde', 'beide', 'beiden', 'andere', 'anderen', 'de andere', 'niet iedereen', 'niet alle',
      'laatstgenoemde', 'eerstgenoemde',
      'het is', 'het was', 'het heeft', 'het had', 'het wordt', 'het werd', 'het kan', 'het kon', 'het zal', 'het zou', 'het moet', 'het moest', 'het blijft', 'het bleef', 'het betekent', 'het betekende', 'het toont', 'het laat', 'het biedt', 'het maakt',
      'zo is', 'zo was', 'zo zijn', 'zo heeft', 'zo had', 'zo kan', 'zo werd', 'zo wordt', 'zo kreeg', 'zo blijkt', 'zo bleek', 'zo zegt', 'zo staat',
      'maar', 'en', 'want', 'dus', 'ook', 'echter', 'toch', 'wel', 'hier', 'daar',
      'daarom', 'daardoor', 'daarmee', 'daarbij', 'daarna', 'daarnaast', 'daarvoor', 'daarop', 'daarin', 'daarvan', 'daarover', 'daaraan', 'daaruit', 'daarentegen',
      'hierdoor', 'hiermee', 'hierbij', 'hierin', 'hierop', 'hiervan', 'hierover', 'hieraan', 'hieruit', 'hiervoor',
      'bovendien', 'verder', 'tevens', 'eveneens', 'evenzo', 'evenmin', 'desondanks', 'niettemin', 'desalniettemin', 'evenwel', 'nochtans', 'immers', 'namelijk', 'overigens', 'trouwens',
      'zodoende', 'derhalve', 'bijgevolg', 'dientengevolge', 'vandaar', 'om die reden', 'om deze reden', 'als gevolg daarvan', 'ondanks dit', 'ondanks dat',
      'vervolgens', 'sindsdien', 'destijds', 'toentertijd', 'tot dan toe', 'op dat moment', 'in die tijd', 'in die periode', 'na die tijd',
      'tegelijkertijd', 'tegelijk', 'ondertussen', 'intussen', 'anderzijds', 'integendeel', 'in plaats daarvan', 'op dezelfde manier',
      'bijvoorbeeld', 'met andere woorden', 'sterker nog', 'in feite', 'in dat geval', 'in dit geval', 'in beide gevallen', 'in zulke gevallen', 'in dergelijke gevallen', 'in die gevallen', 'in deze gevallen',
      'ten eerste', 'ten tweede', 'ten derde', 'ten vierde', 'ten vijfde', 'ten slotte', 'tenslotte', 'tot slot',
    ],
    concessive: ['weliswaar', 'uiteraard', 'natuurlijk', 'toegegeven', 'niet alleen'],
    // (not "echter", "toch", which only qualify it)
    contrast: ['maar', 'sterker nog', 'in feite', 'in werkelijkheid', 'eigenlijk', 'integendeel'],
    // (single words before their comma only: a connective of several words goes without its comma too, and Dutch puts the verb
    // right after it, "Met andere woorden is het …", so the clause left would open on its verb, a question's order;
    // not "bijvoorbeeld", which the point needs, nor "daarentegen", a contrast)
    detachable: ['echter', 'bovendien', 'daarnaast', 'verder', 'tevens', 'eveneens', 'desondanks', 'niettemin', 'desalniettemin', 'evenwel', 'toch', 'tegelijkertijd', 'ondertussen', 'intussen', 'overigens', 'trouwens', 'immers', 'inderdaad', 'natuurlijk', 'uiteraard'],
    // (with "m'n", the written short form of "mijn")
    firstPerson: ['ik', 'mij', 'me', 'mijn', "m'n", 'mezelf', 'mijzelf', 'ikzelf'],
    // (with "je", "u": every locale's words are read in every language's interview headings, where "je" is also French and "u" Czech and Polish)
    secondPerson: ['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', 'jezelf', 'uzelf', 'jijzelf'],
    // (with "dat", "die" after a comma, although a sentence may go on there on a demonstrative, "…, dat blijkt uit …")
    relative: ['die', 'dat', 'wie', 'wat', 'waar', 'waarin', 'waarop', 'waarmee', 'waarvan', 'waardoor', 'waarbij', 'waarover', 'waaraan', 'waarna', 'waaruit', 'waarvoor', 'wiens', 'wier', 'hetgeen', 'welke', 'welk'],
    // (not "die", "dat": also the relative pronouns and "dat" the conjunction, "Hij zegt dat …"; not "dergelijke", which closes "… en dergelijke"; not "dezelfde", whose comparison is often the sentence's own, "op dezelfde dag als …")
    demonstratives: ['deze', 'dit', 'zulke', 'diezelfde', 'datzelfde', 'ditzelfde'],
    deictic: ['jaar', 'week', 'maand', 'ochtend', 'middag', 'avond', 'voorjaar', 'lente', 'zomer', 'najaar', 'herfst', 'winter', 'kwartaal', 'decennium', 'eeuw', 'weekend', 'seizoen', 'moment', 'keer', 'tijd', 'tijden', 'dagen', 'artikel', 'stuk', 'verhaal', 'bericht', 'blog', 'blogpost', 'post', 'tekst', 'rapport', 'verslag', 'hoofdstuk', 'boek', 'pagina', 'site', 'website', 'podcast', 'aflevering', 'editie', 'nieuwsbrief', 'essay'],
    // (not "blijft": too common in news to mark a conclusion)
    conclusive: ['kortom', 'uiteindelijk', 'al met al', 'alles bij elkaar', 'samenvattend', 'concluderend', 'per saldo', 'onder de streep', 'de conclusie', 'de les', 'dus', 'daarom', 'moet', 'moeten', 'zou moeten', 'zouden moeten', 'is nodig', 'zijn nodig', 'noodzakelijk', 'belangrijk', 'cruciaal', 'essentieel', 'wezenlijk', 'doorslaggevend', 'van belang', 'toont aan', 'tonen aan', 'laat zien dat', 'laten zien dat', 'betekent dat', 'duidelijk is', 'het is duidelijk'],
    // (not a bare "zou", "zouden", which in news report what is alleged, "De man zou …hebben"; not "zorgen", also "zorgen voor", "to provide";
    // not "mogelijk", also "mogelijk maken", "to enable")
    outlook: ['zou kunnen', 'zouden kunnen', 'kan leiden tot', 'kunnen leiden tot', 'waarschijnlijk', 'vermoedelijk', 'verwacht', 'verwachten', 'verwachting', 'naar verwachting', 'vreest', 'vrezen', 'vrees', 'angst', 'bang', 'bezorgd', 'bezorgdheid', 'zorgen over', 'zorgen om', 'maakt zich zorgen', 'maken zich zorgen', 'risico', "risico's", 'gevaar', 'dreiging', 'dreigt', 'dreigen', 'toekomst', 'in de toekomst', 'de komende jaren', 'vooruitzichten', 'prognose', 'voorspelt', 'voorspellen'],
    // (not "hier is", also "Hier is de schade het grootst"; not "hierna", "verderop", also of time and place; not "op een rij", also "drie jaar op een rij")
    aboutTheText: ['in dit artikel', 'dit artikel', 'in dit stuk', 'in deze blog', 'in dit blog', 'deze blog', 'in deze blogpost', 'deze blogpost', 'in dit bericht', 'in dit verhaal', 'in dit rapport', 'in dit hoofdstuk', 'in het volgende hoofdstuk', 'in de volgende paragraaf', 'in deze paragraaf', 'in deze gids', 'deze gids', 'op deze pagina', 'in dit overzicht', 'zie ook', 'lees ook', 'lees meer', 'lees verder', 'meer daarover', 'meer hierover', 'hieronder', 'zie hieronder', 'onderstaande', 'in het onderstaande', 'hier vind je', 'hier vindt u', 'dit zijn de', 'op een rijtje', 'zetten we op een rij', 'als volgt', 'bedankt voor het lezen', 'dank voor het lezen', 'laat het ons weten', 'laat het me weten', 'laat ons weten', 'klik hier', 'blijf op de hoogte', 'houd deze pagina in de gaten', 'hou deze pagina in de gaten'],
    othersWords: ['reacties', 'reactie', 'antwoorden', 'commentaren', 'opmerkingen', 'citaten', 'getuigenissen', 'ervaringen', 'wat ze zeiden', 'wat zij zeiden', 'wat mensen zeggen'],
    // (not "wil niet ingaan op", also "will not agree to": "wil niet ingaan op de eisen"; not "reageerde niet" alone: a tumour does not react to a drug either)
    noAnswer: ['wilde niet reageren', 'wilden niet reageren', 'wil niet reageren', 'willen niet reageren', 'wilde daar niet op reageren', 'wil daar niet op reageren', 'wilde er niet op reageren', 'wilde geen commentaar geven', 'wilden geen commentaar geven', 'wil geen commentaar geven', 'willen geen commentaar geven', 'geeft geen commentaar', 'gaf geen commentaar', 'weigerde commentaar te geven', 'weigerde te reageren', 'ziet af van commentaar', 'onthoudt zich van commentaar', 'was niet bereikbaar voor commentaar', 'waren niet bereikbaar voor commentaar', 'was niet bereikbaar voor een reactie', 'waren niet bereikbaar voor een reactie', 'was niet bereikbaar voor een toelichting', 'kon niet worden bereikt voor commentaar', 'reageerde niet op vragen', 'reageerden niet op vragen', 'reageerde nog niet op vragen', 'reageerde niet op een verzoek om commentaar', 'reageerde niet op verzoeken om commentaar', 'heeft nog niet gereageerd', 'hebben nog niet gereageerd', 'geen commentaar'],
    // (not "met dank aan", which also means "because of": "Ajax won, met dank aan een eigen doelpunt")
    acknowledgements: ['speciale dank aan', 'veel dank aan', 'hartelijk dank aan', 'onze dank gaat uit naar', 'dank gaat uit naar', 'wij danken', 'we danken', 'ik dank', 'wij bedanken', 'we bedanken', 'ik bedank', 'willen we bedanken', 'wil ik bedanken', 'bedankt voor het lezen', 'dank voor het lezen', 'bedankt voor het luisteren', 'bedankt voor het kijken'],
    // (not a bare "klik", "probeer", "download": a tutorial's steps, "Klik op Opslaan"; not a bare "deel" nor "steun", also nouns opening a sentence, "Deel van het geld …", "Steun voor het plan …")
    callsToAction: ['lees ook', 'lees meer', 'lees verder', 'lees', 'zie', 'bekijk', 'kijk ook', 'kijk hier', 'luister', 'ontdek', 'download de', 'download het', 'download onze', 'download ons', 'abonneer', 'neem een abonnement', 'word abonnee', 'word lid', 'meld je aan', 'meld u aan', 'schrijf je in', 'schrijf u in', 'registreer', 'volg ons', 'volg', 'klik hier', 'probeer het nu', 'probeer het gratis', 'steun ons', 'steun onze', 'steun de', 'doneer', 'mis niets', 'deel dit'],
    plans: ['laten we', 'laten wij', 'bespreken we', 'bekijken we', 'gaan we kijken', 'gaan we het hebben over', 'duiken we', 'kijken we naar', 'kijken we eerst'],
    // (not "als", also "as", "Als minister heeft zij …"; not "dat", also the demonstrative, "Dat is …"; not "toen", also "then",
    // "Toen ging het mis"; not "sinds", also a preposition, "Sinds 2020 …"; not "of", "zoals")
    subordinators: ['omdat', 'doordat', 'hoewel', 'ofschoon', 'terwijl', 'zodat', 'opdat', 'zodra', 'nadat', 'voordat', 'totdat', 'tenzij', 'indien', 'mits', 'wanneer', 'aangezien', 'zolang', 'ook al', 'alsof', 'naarmate'],
    articles: ['de', 'het', 'een'],
    whereRelative: ['waar', 'alwaar'],
    contrastEnding: ['in tegenstelling tot', 'anders dan', 'terwijl', 'ondanks', 'in vergelijking met', 'vergeleken met', 'net als'],
    // (none: a past participle is marked by its prefix, "gebouwd", "geschreven", and "-end", "-ende" also end "volgend jaar", "bestaande")
    participleEndings: [],
    // (not "zijn", also "his"; not "staat", also "the state")
    finiteVerbs: ['is', 'was', 'waren', 'heeft', 'hebben', 'had', 'hadden', 'wordt', 'worden', 'werd', 'werden', 'kan', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'zal', 'zullen', 'zou', 'zouden', 'wil', 'willen', 'wilde', 'wilden', 'gaat', 'ging', 'gingen', 'blijkt', 'bleek', 'lijkt', 'leek'],
    // (none: "-t", "-en", "-de", "-te" also end nouns, plurals and adjectives)
    finiteEndings: [],
  },
  figures: {
    cost: 'Kosten',
    upTo: 'maximaal',
    // (not "uitgegeven … aan" nor "gaf … uit": the verb or its particle comes after the amount, "heeft 5 miljoen euro uitgegeven")
    costVerbs: ['kost', 'kostte', 'kostten', 'kosten', 'gekost', 'betaalt', 'betaalde', 'betaalden', 'betaald', 'besteedt', 'besteedde', 'besteedden', 'besteed', 'investeert', 'investeerde', 'investeerden', 'geïnvesteerd', 'geprijsd op'],
    // (not a bare "door", also the agent of a passive, "betaald door de gemeente")
    because: ['vanwege', 'wegens', 'dankzij', 'als gevolg van', 'omdat', 'doordat', 'aangezien', 'mede door', 'gedreven door'],
    // (a unit stays singular after a number: "27 kilometer", "5 jaar", "3 uur"; time spans besides take the plural, "4 dagen")
    units: ['km', 'kilometer', 'kilometers', 'm', 'meter', 'meters', 'cm', 'mm', 'mijl', 'mijlen', 'jaar', 'jaren', 'decennia', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'uur', 'uren', 'minuut', 'minuten', 'seconde', 'seconden', 'milliseconden', 'microseconden', 'nanoseconden', 'ton', 'kilo', 'kilogram', 'kg', 'gram', 'liter', 'hectare', 'graad', 'graden', 'keer', 'maal', 'bytes', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte', 'bits'],
    among: ['onder wie', 'van wie', 'waaronder', 'waarvan', 'onder hen', 'onder andere', 'inclusief', 'o\\.a\\.', 'w\\.o\\.'],
    outOf: ['van de', 'van', 'op', 'uit'],
    below: ['hieronder', 'onderstaande', 'onderstaand', 'volgende', 'het volgende'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['maar', 'en', 'want', 'dus', 'ook', 'echter', 'toch', 'daarom', 'daardoor', 'daarmee', 'daarbij', 'daarna', 'daarnaast', 'bovendien', 'verder', 'tevens', 'eveneens', 'desondanks', 'niettemin', 'evenwel', 'immers', 'vervolgens', 'ondertussen', 'intussen', 'daarentegen', 'anderzijds', 'hij', 'zij', 'ze', 'zijn', 'haar', 'hun', 'hem', 'dit', 'deze', 'die', 'dat', 'bijvoorbeeld', 'met andere woorden', 'sterker nog', 'aan de andere kant', 'in plaats daarvan', 'het is', 'het was'],
    concluding: ['conclusie', 'conclusies', 'conclusies en aanbevelingen', 'tot slot', 'ten slotte', 'tenslotte', 'tot besluit', 'ter afsluiting', 'afsluiting', 'samenvatting', 'samenvatting en vooruitblik', 'slotsom', 'slotwoord', 'slotbeschouwing', 'slotgedachten', 'slotopmerkingen', 'kortom', 'al met al', 'lessen', 'geleerde lessen', 'belangrijkste lessen', 'belangrijkste punten', 'vooruitblik', 'volgende stappen', 'de volgende stappen', 'hoe nu verder', 'wat nu', 'en nu'],
  },
} as const satisfies Locale
