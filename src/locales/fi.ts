/** Finnish. */
import type { Locale } from './types.ts'

export const fi = {
  tag: 'fi',
  dir: 'ltr',
  slide: {
    agenda: 'Sisältö',
    takeaways: 'Tärkeimmät asiat',
    outlook: 'Näkymät',
    people: 'Henkilöt',
    sources: 'Lähteet',
    keyFigure: 'Avainluku',
    whatItCost: 'Mitä se maksaa',
    theFigures: 'Luvut',
    // (a numeral other than 1 takes the partitive: "ja 4 muuta")
    moreItems: (n) => `${n} ${n === 1 ? 'muu' : 'muuta'}`,
    continued: ' (jatkuu)',
    introduction: 'Johdanto',
    part: (n) => `Osa ${n}`,
    code: 'koodi',
    formula: '[kaava]',
    quote: 'Lainaus',
    amount: 'Summa',
    count: 'Lukumäärä',
    share: 'Osuus',
    article: 'Artikkeli',
    author: 'Kirjoittaja',
    issuedBy: 'Julkaisija',
    published: 'Julkaistu',
    source: 'Lähde',
    standardInput: 'vakiosyöte',
    colon: ': ',
    authorVoice: (author) => `— ${author} (artikkelin kirjoittaja)`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    // (the noun stays singular after a numeral: "3 osassa")
    agenda: (n, items) => `Esitys seuraa artikkelia ${n} osassa: ${items}.`,
    sources: 'Jokainen esityksen kohta on otettu artikkelin omista virkkeistä; kunkin dian muistiinpanot lainaavat kohdat, joista se on peräisin.',
  },
  chart: {
    notStated: 'summaa ei mainita',
    logScale: (r) => `logaritminen asteikko: suurin summa on ${r}-kertainen pienimpään verrattuna`,
    mixed: 'eri valuuttoja, ei muunnettu',
    columns: ['Kohde', 'Summa', 'Huomautus', 'Lähde'],
    qualifiers: { under: 'alle', over: 'yli', about: 'noin', 'up to': 'enintään', 'at least': 'vähintään' },
    comparisons: ['vertailukaudesta', 'vertailukauteen verrattuna', 'vuodentakaisesta', 'vuoden takaisesta', 'vuodentakaiseen verrattuna', 'vuoden takaiseen verrattuna', 'viime vuodesta', 'viime vuoteen verrattuna', 'edellisvuodesta', 'edellisvuoteen verrattuna', 'edellisestä vuodesta', 'edelliseen vuoteen verrattuna', 'vuositasolla', 'edellisestä neljänneksestä', 'edelliseen neljännekseen verrattuna', 'edellisestä vuosineljänneksestä', 'edelliseen vuosineljännekseen verrattuna', 'edellisestä kuukaudesta', 'edelliseen kuukauteen verrattuna', 'kuukausitasolla'],
    changeTitle: (c, l) => (l ? `Muutos ${c}: ${l.label} ${l.fell ? '−' : '+'}${l.amount}` : `Muutos ${c}`),
    // (Finnish sets a comma before the question: "Kysyimme, mitä …")
    asked: { openings: ['kysyimme,', 'kysyimme myös,', 'kysyimme lisäksi,', 'kysyimme vastaajilta,', 'kysyimme käyttäjiltä,', 'kysyimme osallistujilta,', 'vastaajilta kysyttiin,', 'käyttäjiltä kysyttiin,', 'osallistujilta kysyttiin,', 'kysyimme myös vastaajilta,'], questionWords: ['mitä', 'mikä', 'mitkä', 'millainen', 'millaisia', 'millaista', 'minkälaisia', 'kuinka', 'kuinka monta', 'kuinka paljon', 'miten', 'kuka', 'ketkä', 'keitä', 'missä', 'mistä', 'mihin', 'millä', 'milloin', 'miksi', 'kumpi', 'onko', 'ovatko', 'oliko', 'olivatko', 'käyttävätkö', 'missä määrin'] },
  },
  table: {
    table: 'Taulukko',
    part: (r, R, c, C) => (r < R && c < C ? 'valitut rivit ja sarakkeet' : r < R ? 'valitut rivit' : c < C ? 'valitut sarakkeet' : 'kaikki rivit'),
    leftOut: (n, shown) => `Artikkelin taulukoista ${n} ei ole dioilla${shown === 1 ? ' (esityksessä on se, johon teksti viittaa useimmin)' : shown > 0 ? ` (esityksessä ovat ne ${shown}, joihin teksti viittaa useimmin)` : ''}`,
    largest: (r, R, col) => `${r} suurinta ${R} rivistä sarakkeen ”${col}” mukaan, suurimmasta alkaen`,
    // (a header is a name in the nominative: "mukaan" would want its genitive)
    by: (v, r) => `${v} sarakkeen ”${r}” mukaan`,
    byPair: (v, r, s) => `${v} sarakkeiden ”${r}” ja ”${s}” mukaan`,
    glance: (h) => `${h} lyhyesti`,
    noHeader: '(ei otsikkoa)',
  },
  bars: {
    chartOf: (n) => `Pylväskaavio: ${n} ${n === 1 ? 'arvo' : 'arvoa'}`,
    columns: ['Kohde', 'Arvo'],
  },
  // ”…” (the same mark at both ends), the marks of Finnish typography.
  quote: { marks: { open: '”', close: '”' }, paraphrased: 'mukaillen' },
  handout: {
    titleSuffix: ' (moniste)',
    slideOf: (n, total, title) => `Dia ${n}/${total}: ${title}`,
    pageOf: (page, total) => `Sivu ${page}/${total}`,
  },
  // (the origin after a colon: "lähteestä vakiosyöte" would want a case the label is not in)
  info: (origin) => `Luotu deckwright-työkalulla. Lähde: ${origin}.`,
  speech: {
    // (not "lisää", also "more"; not "vastaa", also "is in charge of"; not "linjaa", also "line")
    verbs: ['sanoo', 'sanoi', 'sanovat', 'sanoivat', 'kertoo', 'kertoi', 'kertovat', 'kertoivat', 'toteaa', 'totesi', 'toteavat', 'totesivat', 'arvioi', 'arvioivat', 'painottaa', 'painotti', 'korostaa', 'korosti', 'korostavat', 'korostivat', 'muistuttaa', 'muistutti', 'huomauttaa', 'huomautti', 'lisäsi', 'lisäsivät', 'selittää', 'selitti', 'kuvailee', 'kuvaili', 'kommentoi', 'kommentoivat', 'vakuuttaa', 'vakuutti', 'myöntää', 'myönsi', 'varoittaa', 'varoitti', 'varoittavat', 'varoittivat', 'kirjoittaa', 'kirjoitti', 'vastasi', 'vastasivat', 'uskoo', 'uskoi', 'uskovat', 'arvelee', 'arveli', 'pohtii', 'pohti', 'kiistää', 'kiisti', 'tiivistää', 'tiivisti', 'perustelee', 'perusteli', 'täsmentää', 'täsmensi', 'linjasi', 'ilmoittaa', 'ilmoitti', 'muistelee', 'muisteli', 'kehuu', 'kehui', 'kritisoi', 'harmittelee', 'harmitteli', 'iloitsee', 'iloitsi', 'naurahtaa', 'naurahti', 'huokaisee', 'huokaisi'],
    // (a postposition after the name in the genitive, "Virtasen mukaan")
    according: ['mukaan'],
    // (a pronoun that points ahead, to the clause after its comma: "Se, että …", "Sen jälkeen, kun …")
    impersonal: ['se, että', 'se, mitä', 'se, mikä', 'se, joka', 'ne, jotka', 'ne, joilla', 'he, jotka', 'sen, että', 'sitä, että', 'siitä, että', 'siihen, että', 'sen sijaan, että', 'sen sijaan että', 'sen lisäksi, että', 'sen jälkeen, kun', 'sen jälkeen kun', 'siitä lähtien, kun', 'siitä huolimatta, että', 'sen vuoksi, että', 'sen takia, että', 'siksi, että', 'siitä syystä, että', 'sen ansiosta, että', 'siinä tapauksessa, että', 'siten, että', 'samalla kun', 'samalla, kun', 'tätä kirjoitettaessa', 'tätä kirjoittaessa', 'tähän mennessä', 'tähän asti'],
    // (not "lisäksi", also a postposition, "palkan lisäksi")
    additive: ['myös', 'myöskin', 'niin ikään'],
    additiveHeld: ['vaan', 'mutta', 'kuin', 'ei', 'eikä', 'vain', 'ainoastaan', 'pelkästään', 'tunnettu', 'tunnetaan', 'kutsuttu', 'kutsutaan', 'nimellä'], additiveLast: [], deicticLast: ['siellä', 'sinne', 'sieltä', 'täällä', 'tänne', 'täältä', 'niin', 'näin', 'noin', 'siten', 'samoin'],
    // (not "tämän", "tällä", "tässä", "tänä" alone, which open "Tämän vuoden …", "Tällä viikolla …")
    backReference: ['hän', 'hänen', 'häntä', 'hänet', 'hänelle', 'hänellä', 'häneltä', 'hänestä', 'häneen', 'hänessä', 'hänkin', 'he', 'heidän', 'heitä', 'heidät', 'heille', 'heillä', 'heiltä', 'heistä', 'heihin', 'heissä', 'hekin', 'se', 'sen', 'sitä', 'siitä', 'siihen', 'siinä', 'sillä', 'siltä', 'sille', 'sekin', 'ne', 'niiden', 'niitä', 'niistä', 'niihin', 'niissä', 'niillä', 'niille', 'nekin', 'tämä', 'tätä', 'tästä', 'tähän', 'tältä', 'tälle', 'tämäkin', 'nämä', 'näiden', 'näitä', 'näistä', 'näihin', 'näissä', 'näillä', 'näille', 'nämäkin', 'tuo', 'tuon', 'nuo', 'noiden', 'tällainen', 'tällaiset', 'tällaista', 'tällaisia', 'sellainen', 'sellaiset', 'sellaista', 'sellaisia', 'molemmat', 'kumpikin', 'muut', 'toiset', 'hänen mukaansa', 'heidän mukaansa', 'hänen mielestään', 'heidän mielestään', 'hänen arvionsa mukaan', 'sen mukaan', 'tämän mukaan', 'mutta', 'ja', 'tai', 'eli', 'vaan', 'joten', 'siis', 'eikä', 'myös', 'myöskin', 'lisäksi', 'tämän lisäksi', 'sen lisäksi', 'sitä paitsi', 'kuitenkin', 'silti', 'tosin', 'toisaalta', 'sen sijaan', 'sitä vastoin', 'päinvastoin', 'tästä huolimatta', 'siitä huolimatta', 'siksi', 'sen vuoksi', 'tämän vuoksi', 'sen takia', 'tämän takia', 'siitä syystä', 'tästä syystä', 'sen seurauksena', 'tämän seurauksena', 'sen ansiosta', 'tämän ansiosta', 'näin ollen', 'niinpä', 'täten', 'siten', 'näin', 'niin ikään', 'samoin', 'vastaavasti', 'samalla', 'samaan aikaan', 'sillä välin', 'tätä varten', 'sitä varten', 'siinä tapauksessa', 'tässä tapauksessa', 'näissä tapauksissa', 'molemmissa tapauksissa', 'joka tapauksessa', 'muuten', 'sitten', 'silloin', 'tällöin', 'tuolloin', 'sittemmin', 'myöhemmin', 'sen jälkeen', 'tämän jälkeen', 'sitä ennen', 'siihen asti', 'siitä lähtien', 'siihen aikaan', 'siellä', 'täällä', 'esimerkiksi', 'etenkin', 'erityisesti', 'toisin sanoen', 'itse asiassa', 'todellisuudessa', 'ensinnäkin', 'toiseksi', 'kolmanneksi', 'neljänneksi', 'lopuksi'],
    concessive: ['toki', 'kyllä', 'tietysti', 'tietenkin', 'totta kai', 'kieltämättä', 'epäilemättä', 'sinänsä', 'ei ainoastaan', 'ei pelkästään', 'paitsi'],
    contrast: ['mutta', 'todellisuudessa', 'itse asiassa', 'päinvastoin', 'sen sijaan', 'sitä vastoin'],
    // (not "sen sijaan", "samaan aikaan" nor "sillä välin", which open "Sen sijaan, että …", "Samaan aikaan kun …")
    detachable: ['kuitenkin', 'silti', 'lisäksi', 'tämän lisäksi', 'sitä paitsi', 'toisaalta', 'toisin sanoen', 'itse asiassa', 'todellisuudessa', 'tietenkin', 'tietysti', 'toki', 'kieltämättä', 'joka tapauksessa', 'esimerkiksi', 'muuten', 'tästä huolimatta', 'puolestaan', 'vastaavasti', 'samoin'],
    // (with "olen", "olin", "en": the verb forms of the "minä" Finnish leaves out, "Olen sitä mieltä …", "En usko …")
    firstPerson: ['minä', 'minun', 'minua', 'minut', 'minulle', 'minulla', 'minulta', 'minusta', 'minuun', 'minussa', 'mä', 'mää', 'mun', 'mulle', 'mulla', 'olen', 'olin', 'olisin', 'en'],
    // (not "et", which is also the "et" of "et al.")
    secondPerson: ['sinä', 'sinun', 'sinua', 'sinut', 'sinulle', 'sinulla', 'sinulta', 'sinusta', 'sinuun', 'sinussa', 'sä', 'te', 'teidän', 'teitä', 'teidät', 'teille', 'teillä', 'teiltä', 'teistä', 'teihin', 'teissä', 'olet', 'olette', 'ette'],
    // (not "mitä", "missä", "miksi", also question words)
    relative: ['joka', 'jotka', 'jonka', 'joiden', 'jota', 'joita', 'jossa', 'joissa', 'josta', 'joista', 'johon', 'joihin', 'jolla', 'joilla', 'jolta', 'joilta', 'jolle', 'joille', 'jona', 'joina', 'joksi', 'mikä', 'mitkä', 'minkä'],
    demonstratives: ['tämä', 'tämän', 'tätä', 'tässä', 'tästä', 'tähän', 'tällä', 'tältä', 'tälle', 'tänä', 'täksi', 'nämä', 'näiden', 'näitä', 'näissä', 'näistä', 'näihin', 'näillä', 'näiltä', 'näille', 'näinä', 'tuo', 'tuon', 'tuona', 'nuo', 'noiden', 'kyseinen', 'kyseisen', 'kyseistä', 'kyseisessä', 'kyseisellä', 'kyseiseen', 'kyseiset', 'kyseisten', 'kyseisiä', 'kyseisissä'],
    // (in the case the demonstrative before them is in: "tänä vuonna", "tällä viikolla", "tässä artikkelissa")
    deictic: ['vuonna', 'vuoden', 'vuotta', 'vuosi', 'viikolla', 'viikon', 'viikkoa', 'viikko', 'kuussa', 'kuun', 'kuukautena', 'kuukauden', 'kuukaudessa', 'neljänneksellä', 'neljänneksen', 'vuosineljänneksellä', 'vuosineljänneksen', 'vuosikymmenellä', 'vuosikymmenen', 'vuosisadalla', 'vuosisadan', 'keväänä', 'kevään', 'kesänä', 'kesän', 'syksynä', 'syksyn', 'talvena', 'talven', 'aamuna', 'iltana', 'yönä', 'päivänä', 'viikonloppuna', 'viikonlopun', 'kaudella', 'kauden', 'hetkellä', 'vaiheessa', 'kertaa', 'kerralla', 'kirjoitettaessa', 'kirjoittaessa', 'artikkeli', 'artikkelin', 'artikkelissa', 'juttu', 'jutun', 'jutussa', 'kirjoitus', 'kirjoituksen', 'kirjoituksessa', 'teksti', 'tekstin', 'tekstissä', 'postaus', 'postauksessa', 'blogissa', 'blogikirjoituksessa', 'raportti', 'raportin', 'raportissa', 'selvityksessä', 'tutkimuksessa', 'luvussa', 'osiossa', 'kirja', 'kirjan', 'kirjassa', 'sivu', 'sivun', 'sivulla'],
    // (whole words: a comma is no word, "osoittaa että" is read in "osoittaa, että")
    conclusive: ['lopulta', 'loppujen lopuksi', 'kaiken kaikkiaan', 'kokonaisuutena', 'yhteenvetona', 'lyhyesti sanottuna', 'lopuksi', 'siis', 'siksi', 'näin ollen', 'täytyy', 'on pakko', 'pitäisi', 'tulisi', 'on syytä', 'tarvitaan', 'on tärkeää', 'tärkeää', 'tärkeä', 'tärkein', 'tärkeintä', 'olennaista', 'olennainen', 'keskeistä', 'keskeinen', 'ratkaisevaa', 'ratkaiseva', 'välttämätöntä', 'välttämätön', 'osoittaa että', 'osoittavat että', 'tarkoittaa että', 'merkitsee että', 'on selvää', 'selvästi', 'ilmeistä'],
    outlook: ['voisi', 'voisivat', 'saattaa', 'saattavat', 'saattaisi', 'voi johtaa', 'voivat johtaa', 'todennäköisesti', 'luultavasti', 'odotetaan', 'odottaa', 'odottavat', 'ennustaa', 'ennustavat', 'ennuste', 'ennusteen', 'ennusteet', 'ennustetaan', 'arvioidaan', 'pelkää', 'pelkäävät', 'pelko', 'pelkoa', 'pelätään', 'huoli', 'huolta', 'huolissaan', 'huolestunut', 'huolestuneita', 'riski', 'riskiä', 'riskin', 'riskit', 'uhka', 'uhkaa', 'uhkaavat', 'uhkana', 'tulevaisuus', 'tulevaisuudessa', 'tulevaisuuden', 'jatkossa', 'lähivuosina', 'tulevina vuosina', 'näkymät'],
    // (an imperative at the sentence's start; not a bare "tilaa", also "space")
    callsToAction: ['lue myös', 'lue lisää', 'lue koko', 'lue', 'katso myös', 'katso', 'tutustu', 'tilaa uutiskirje', 'tilaa uutiskirjeemme', 'lataa', 'rekisteröidy', 'liity', 'seuraa meitä', 'seuraa', 'klikkaa', 'napsauta', 'kokeile', 'tue', 'älä missaa'],
    // (not a bare "kiitos", also "thanks to", "kiitos uuden lain")
    acknowledgements: ['kiitokset', 'kiitämme', 'kiitän', 'haluamme kiittää', 'haluan kiittää', 'haluaisin kiittää', 'haluaisimme kiittää', 'lämmin kiitos', 'lämpimät kiitokset', 'suuri kiitos', 'iso kiitos', 'erityiskiitos', 'erityiskiitokset', 'kiitos kaikille', 'kiitos lukemisesta'],
    noAnswer: ['ei halunnut kommentoida', 'eivät halunneet kommentoida', 'ei suostunut kommentoimaan', 'eivät suostuneet kommentoimaan', 'kieltäytyi kommentoimasta', 'kieltäytyivät kommentoimasta', 'ei vastannut kommenttipyyntöön', 'eivät vastanneet kommenttipyyntöön', 'ei vastannut kommenttipyyntöihin', 'eivät vastanneet kommenttipyyntöihin', 'ei vastannut yhteydenottoihin', 'eivät vastanneet yhteydenottoihin', 'ei vastannut toimituksen yhteydenottoihin', 'ei tavoitettu kommentoimaan', 'ei ollut tavoitettavissa', 'eivät olleet tavoitettavissa', 'ei saatu kommenttia', 'ei kommentoinut asiaa', 'eivät kommentoineet asiaa', 'ei kommenttia'],
    othersWords: ['vastaukset', 'vastauksia', 'vastauksista', 'kommentit', 'kommentteja', 'kommenteista', 'palaute', 'palautetta', 'lainaukset', 'lainauksia', 'näkemyksiä', 'mielipiteitä', 'kokemuksia'],
    aboutTheText: ['tässä artikkelissa', 'tämä artikkeli', 'tässä jutussa', 'tämä juttu', 'tässä kirjoituksessa', 'tämä kirjoitus', 'tässä tekstissä', 'tämä teksti', 'tässä postauksessa', 'tässä blogikirjoituksessa', 'tässä raportissa', 'tässä luvussa', 'seuraavassa luvussa', 'seuraavassa osassa', 'tällä sivulla', 'lue myös', 'katso myös', 'lue lisää', 'kokosimme', 'selvitimme', 'kerromme', 'tässä muutama', 'tässä muutamia', 'tässä ovat', 'tässä tärkeimmät', 'alla oleva', 'alla olevassa', 'alla olevasta', 'alla olevat', 'löydät alta', 'alta löydät', 'alempana', 'jäljempänä'],
    // (not plain passives, "katsotaan", "aloitetaan": in news they report, "asiaa katsotaan …")
    plans: ['katsotaanpa', 'tarkastellaanpa', 'aloitetaanpa', 'kokeillaanpa', 'mennäänpä', 'käydään läpi', 'käymme läpi', 'tarkastelemme', 'käsittelemme', 'perehdymme', 'tutustumme', 'tutustutaan'],
    // (with "että", which no list of complementizers holds for Finnish)
    subordinators: ['koska', 'kun', 'jos', 'vaikka', 'että', 'jotta', 'kunnes', 'ennen kuin', 'sen jälkeen kun', 'heti kun', 'mikäli', 'ellei', 'elleivät', 'kunhan', 'sillä aikaa kun', 'samalla kun', 'kun taas', 'vaikkei'],
    // (Finnish has no articles)
    articles: [],
    whereRelative: ['missä', 'jossa', 'joissa', 'jonne', 'minne'],
    contrastEnding: ['toisin kuin', 'päinvastoin kuin', 'vastoin kuin', 'kun taas', 'siinä missä', 'verrattuna', 'poiketen', 'huolimatta'],
    // (the instructive of the second infinitive, "…, johtuen …", "…, sisältäen …", "…, todeten …", and passive past participles, "…, julkaistu …")
    participleEndings: ['aen', 'äen', 'oen', 'öen', 'uen', 'yen', 'aten', 'äten', 'eten', 'oten', 'ttu', 'tty', 'stu', 'sty', 'ttuna', 'ttynä'],
    finiteVerbs: ['on', 'ovat', 'oli', 'olivat', 'olisi', 'olisivat', 'ei', 'eivät', 'voi', 'voivat', 'voisi', 'saa', 'saavat', 'sai', 'saivat', 'täytyy', 'tulee', 'tulevat', 'tuli', 'tulivat', 'kasvoi', 'laski', 'nousi', 'väheni', 'muodostaa', 'muodostavat', 'sisältää', 'koostuu', 'sijaitsee', 'sijaitsevat', 'tarkoittaa', 'tekee', 'teki'],
    // (the third person plural, the passive, the conditional and past forms in -oi, -ui, -yi, -esi; not -aa, -ää, which also end partitives, "rahaa")
    finiteEndings: ['vat', 'vät', 'ivat', 'ivät', 'taan', 'tään', 'daan', 'dään', 'tiin', 'ttiin', 'isi', 'oi', 'öi', 'ui', 'yi', 'esi', 'ttaa', 'ttää'],
  },
  figures: {
    cost: 'Kustannukset',
    upTo: 'enintään',
    // (not "käytti", also "used")
    costVerbs: ['maksaa', 'maksoi', 'maksavat', 'maksoivat', 'maksanut', 'maksaneet', 'maksetaan', 'maksettiin', 'kustantaa', 'kustansi', 'kustannukset', 'kustannuksiltaan', 'hintaan', 'hintainen', 'arvoinen', 'arvoltaan', 'kulutti', 'kuluttivat', 'investoi', 'investoivat', 'investoitiin', 'sijoitti', 'sijoittivat'],
    because: ['koska', 'sillä', 'johtuen', 'johtuu', 'johtui', 'mikä johtuu', 'mikä johtui', 'kiitos'],
    // (a numeral other than 1 takes the partitive: "27 kilometriä"; the genitive and inessive too, "5 vuoden ajan", "2 tunnissa")
    units: ['km', 'kilometri', 'kilometriä', 'kilometrin', 'm', 'metri', 'metriä', 'metrin', 'cm', 'mm', 'maili', 'mailia', 'vuosi', 'vuotta', 'vuoden', 'vuodessa', 'kuukausi', 'kuukautta', 'kuukauden', 'kuukaudessa', 'viikko', 'viikkoa', 'viikon', 'viikossa', 'päivä', 'päivää', 'päivän', 'päivässä', 'tunti', 'tuntia', 'tunnin', 'tunnissa', 'minuutti', 'minuuttia', 'minuutin', 'minuutissa', 'sekunti', 'sekuntia', 'sekunnin', 'sekunnissa', 'millisekuntia', 'tonni', 'tonnia', 'kg', 'kilo', 'kiloa', 'kilogrammaa', 'litra', 'litraa', 'l', 'ha', 'hehtaari', 'hehtaaria', 'aste', 'astetta', 'kerta', 'kertaa', 'tavu', 'tavua', 'kilotavua', 'megatavua', 'gigatavua', 'teratavua'],
    among: ['joista', 'joiden joukossa', 'mukaan lukien', 'muun muassa', 'mm\\.', 'heistä', 'niistä', 'näistä'],
    // (Finnish says the whole with a case ending, "(288:sta)"; these are the words it may write instead)
    outOf: ['yhteensä', 'kaikkiaan'],
    below: ['alla', 'alla oleva', 'alla olevassa', 'alempana', 'seuraava', 'seuraavat', 'seuraavassa', 'seuraavasta', 'oheinen', 'oheisessa', 'ohessa'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['mutta', 'ja', 'tai', 'eli', 'joten', 'siis', 'myös', 'lisäksi', 'tämän lisäksi', 'kuitenkin', 'silti', 'toisaalta', 'sen sijaan', 'päinvastoin', 'siksi', 'näin ollen', 'tämän vuoksi', 'sen vuoksi', 'samoin', 'vastaavasti', 'esimerkiksi', 'toisin sanoen', 'itse asiassa', 'todellisuudessa', 'hän', 'he', 'se', 'ne', 'sen', 'hänen', 'heidän', 'niiden', 'tämä', 'nämä', 'näiden'],
    concluding: ['yhteenveto', 'johtopäätökset', 'johtopäätös', 'lopuksi', 'loppusanat', 'lopputoteamus', 'tärkeimmät asiat', 'tärkeimmät havainnot', 'keskeiset havainnot', 'opit', 'opitut asiat', 'mitä opimme', 'näkymät', 'tulevaisuuden näkymät', 'mitä seuraavaksi', 'seuraavat askeleet', 'jatkotoimet', 'pohdinta', 'kaiken kaikkiaan'],
  },
} as const satisfies Locale
