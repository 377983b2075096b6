/** Italian. */
import type { Locale } from './types.ts'

export const it = {
  tag: 'it',
  dir: 'ltr',
  slide: {
    agenda: 'Sommario',
    takeaways: 'Punti chiave',
    outlook: 'Prospettive',
    people: 'I protagonisti',
    sources: 'Fonti',
    keyFigure: 'Dato chiave',
    whatItCost: 'Quanto costa',
    theFigures: 'I numeri',
    moreItems: (n) => `altri ${n}`,
    continued: ' (segue)',
    introduction: 'Introduzione',
    part: (n) => `Parte ${n}`,
    formula: '[formula matematica]',
    quote: 'Citazione',
    amount: 'Importo',
    count: 'Numero',
    share: 'Quota',
    article: 'Articolo',
    author: 'Autore',
    issuedBy: 'Diffuso da',
    published: 'Pubblicato',
    source: 'Fonte',
    standardInput: 'ingresso standard',
    colon: ': ',
    authorVoice: (author) => `— ${author} (autore dell’articolo)`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `La presentazione segue l’articolo in ${n} ${n === 1 ? 'parte' : 'parti'}: ${items}.`,
    sources: 'Ogni punto riprende una frase dell’articolo; le note di ciascuna diapositiva citano i passaggi da cui proviene.',
  },
  chart: {
    notStated: 'importo non indicato',
    logScale: (r) => `scala logaritmica: l’importo più alto è ${r}× il più basso`,
    mixed: 'valute diverse, non convertite',
    columns: ['Voce', 'Importo', 'Nota', 'Fonte'],
    qualifiers: { under: 'meno di', over: 'più di', about: 'circa', 'up to': 'fino a', 'at least': 'almeno' },
    comparisons: ['su base annua', 'anno su anno', 'rispetto all’anno precedente', "rispetto all'anno precedente", 'rispetto all’anno scorso', "rispetto all'anno scorso", 'rispetto allo stesso periodo dell’anno scorso', "rispetto allo stesso periodo dell'anno scorso", 'in un anno', 'su base trimestrale', 'rispetto al trimestre precedente', 'su base mensile'],
    changeTitle: (c, l) => (l ? `Variazione ${c}: ${l.label} ${l.fell ? '−' : '+'}${l.amount}` : `Variazione ${c}`),
    asked: { openings: ['abbiamo chiesto', 'abbiamo anche chiesto', 'abbiamo poi chiesto', 'abbiamo domandato'], questionWords: ['che cosa', 'cosa', 'che', 'quale', 'quali', 'quanto', 'quanti', 'quante', 'quanta', 'come', 'chi', 'dove', 'quando', 'perché', 'se'] },
  },
  table: {
    table: 'Tabella',
    part: (r, R, c, C) => (r < R && c < C ? 'righe e colonne selezionate' : r < R ? 'righe selezionate' : c < C ? 'colonne selezionate' : 'tutte le righe'),
    leftOut: (n, shown) => `${n} ${n === 1 ? 'tabella' : 'tabelle'} dell’articolo non ${n === 1 ? 'è' : 'sono'} nelle diapositive (${shown} ${shown === 1 ? 'mostrata' : 'mostrate'})`,
    largest: (r, R, col) => `i ${r} valori più alti di «${col}» su ${R} righe, in ordine decrescente`,
    by: (v, r) => `${v} per ${r.toLocaleLowerCase('it')}`,
    byPair: (v, r, s) => `${v} per ${r.toLocaleLowerCase('it')} e ${s.toLocaleLowerCase('it')}`,
    glance: (h) => `${h} in sintesi`,
    noHeader: '(senza intestazione)',
  },
  bars: {
    chartOf: (n) => `Grafico a barre con ${n} valori`,
    columns: ['Voce', 'Valore'],
  },
  // Caporali « », without spaces inside (unlike French): the primary marks of Italian typography
  // and of papers such as the Corriere della Sera and Il Sole 24 Ore, and the marks
  // ./typography.ts already gave Italian, so decks keep their quotes once this locale is used.
  // (Online outlets also use “ ”, with ‘ ’ inside; a locale holds one pair only.)
  quote: { marks: { open: '«', close: '»' }, paraphrased: 'parafrasi' },
  handout: {
    titleSuffix: ' (dispensa)',
    slideOf: (n, total, title) => `Diapositiva ${n} di ${total}: ${title}`,
    pageOf: (page, total) => `Pagina ${page} di ${total}`,
  },
  info: (origin) => `Generato da deckwright a partire da ${origin}.`,
  speech: {
    verbs: ['ha detto', 'ha dichiarato', 'ha affermato', 'ha spiegato', 'ha aggiunto', 'ha sottolineato', 'ha osservato', 'ha precisato', 'ha commentato', 'ha ribadito', 'ha scritto', 'dice', 'afferma', 'dichiara', 'spiega', 'aggiunge', 'sottolinea', 'osserva', 'precisa', 'commenta', 'ribadisce', 'scrive'],
    according: ['secondo', 'stando a', 'a detta di'],
    impersonal: [],
    additive: ['anche', 'inoltre', 'altresì'],
    additiveHeld: ['ma', 'bensì', 'non', 'solo', 'soltanto', 'se', 'quando'], additiveLast: [], deicticLast: ['lì', 'là', 'così'],
    backReference: ['lui', 'lei', 'loro', 'egli', 'esso', 'essa', 'essi', 'esse', 'questo', 'questa', 'questi', 'queste', 'quest', 'quello', 'quella', 'quelli', 'quelle', 'quel', 'quei', 'quegli', 'quell', 'ciò', 'tale', 'tali', 'suo', 'sua', 'suoi', 'sue', 'altri', 'altre', 'entrambi', 'entrambe', 'ma', 'e', 'ed', 'o', 'oppure', 'anche', 'così', 'inoltre', 'tuttavia', 'però', 'eppure', 'comunque', 'anzi', 'invece', 'infatti', 'quindi', 'dunque', 'pertanto', 'perciò', 'allora', 'poi', 'intanto', 'successivamente', 'ciononostante', 'ciò nonostante', 'nonostante ciò', 'nonostante questo', 'malgrado ciò', 'detto questo', 'detto ciò', 'del resto', 'peraltro', 'oltretutto', 'per di più', 'in realtà', 'in effetti', 'al contrario', "d'altra parte", "dall'altra parte", "d'altronde", 'nel frattempo', 'allo stesso tempo', 'al tempo stesso', 'per questo', 'per questa ragione', 'per tale motivo', 'per tale ragione', 'di conseguenza', 'in questo modo', 'in tal modo', 'in questo caso', 'in quel caso', 'in tal caso', 'in entrambi i casi', 'in questi casi', 'da allora', 'fino ad allora', 'a quel punto', 'in quel momento', 'a quel tempo', "all'epoca", 'dopo di che', 'per esempio', 'ad esempio', 'sono', 'non sono', 'furono', 'erano', 'ha', 'non ha', 'hanno', 'non hanno'], concessive: ['certamente', 'è vero', 'è pur vero', 'ovviamente', 'naturalmente', 'senza dubbio'], contrast: ['ma', 'però', 'in realtà', 'anzi'], detachable: ['tuttavia', 'inoltre', 'comunque', 'peraltro', 'del resto', "d'altra parte", "d'altronde", 'infatti', 'in effetti', 'di fatto', 'ciononostante', 'nonostante ciò', 'nel frattempo', 'allo stesso tempo', 'al tempo stesso', 'in ogni caso', 'per esempio', 'ad esempio'], firstPerson: ["io", "me", "mi", "m'", "mio", "mia", "miei", "mie"], secondPerson: ["tu", "te", "ti", "tuo", "tua", "tuoi", "tue", "voi", "vostro", "vostra", "vostri", "vostre"], relative: ['che', 'cui', 'il quale', 'la quale', 'i quali', 'le quali'],
    demonstratives: ['questo', 'questa', 'questi', 'queste', 'quest', 'quel', 'quella', 'quelle', 'quei', 'quegli', 'quell'],
    deictic: ['anno', 'anni', 'settimana', 'settimane', 'mese', 'mesi', 'giorni', 'ore', 'mattina', 'pomeriggio', 'sera', 'notte', 'primavera', 'estate', 'autunno', 'inverno', 'trimestre', 'semestre', 'secolo', 'fine', 'weekend', 'momento', 'periodo', 'articolo', 'testo', 'libro'],
    conclusive: ['in definitiva', 'in sintesi', 'in conclusione', 'in breve', 'insomma', 'alla fine', 'in fin dei conti', 'bisogna', 'occorre', 'è necessario', 'deve', 'devono', 'dovrà', 'dovranno', 'essenziale', 'fondamentale', 'cruciale', 'importante', 'chiave', 'dimostra che', 'mostra che', 'significa che', 'quindi', 'pertanto'], outlook: ['potrebbe', 'potrebbero', 'potrà', 'potranno', 'dovrebbe', 'dovrebbero', 'rischio', 'rischia', 'rischiano', 'timore', 'timori', 'teme', 'temono', 'preoccupa', 'preoccupazione', 'preoccupazioni', 'minaccia', 'futuro', 'previsioni', 'si aspetta', 'si aspettano', 'si attende', 'si attendono'], callsToAction: ['leggi anche', 'leggi qui', 'leggi il', 'leggi la', 'vedi', 'scopri', 'scarica', 'iscriviti', 'abbonati', 'segui', 'clicca', 'per saperne di più', 'non perdere'], acknowledgements: ['un grazie a', 'un ringraziamento', 'ringraziamo', 'ringrazio', 'si ringrazia', 'vogliamo ringraziare', 'desideriamo ringraziare'], noAnswer: ['non ha voluto commentare', 'non hanno voluto commentare', 'non ha voluto rilasciare dichiarazioni', 'ha preferito non commentare', 'hanno preferito non commentare', 'ha declinato ogni commento', 'si è rifiutato di commentare', 'si è rifiutata di commentare', 'non ha risposto alla richiesta di commento', 'non ha risposto alle richieste di commento', 'non ha rilasciato commenti', 'non ha commentato', 'nessun commento'], othersWords: ['risposte', 'commenti', 'testimonianze', 'citazioni'], aboutTheText: ['qui di seguito', 'in questo articolo', 'questo articolo', 'in questo post', 'questo post', 'leggi anche', 'leggi di più', 'vedi anche', 'ecco', 'qui sotto', 'in questa pagina'], plans: ['vediamo', 'andiamo a vedere', 'scopriamo'], subordinators: ['sebbene', 'benché', 'nonostante', 'anche se', 'perché', 'poiché', 'siccome', 'dato che', 'visto che', 'quando', 'se', 'mentre', 'a meno che', 'affinché', 'prima che', 'finché', 'qualora'], articles: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l’', 'un', 'uno', 'una', "un'", 'un’'], whereRelative: ['dove'], contrastEnding: ['a differenza di', 'a differenza del', 'a differenza della', 'a differenza dei', 'a differenza delle', 'contrariamente a', 'contrariamente al', 'contrariamente alla', 'al contrario di', 'mentre', 'nonostante', 'malgrado'], participleEndings: ['ato', 'ata', 'ati', 'ate', 'ito', 'ita', 'iti', 'ite', 'uto', 'uta', 'uti', 'ute', 'ando', 'endo'], finiteVerbs: ['ha', 'hanno', 'è', 'sono', 'era', 'erano', 'fu', 'furono', 'sarà', 'saranno', 'sarebbe', 'sta', 'stanno', 'stava', 'aveva', 'avevano', 'può', 'possono', 'deve', 'devono'],
  },
  figures: {
    cost: 'Costo',
    upTo: 'fino a',
    costVerbs: ['costa', 'costano', 'costato', 'costata', 'costati', 'costate', 'costerà', 'costeranno', 'costava', 'costavano', 'speso', 'spesi', 'spende', 'spendono'], because: ['a causa', 'per via', 'grazie', 'perché', 'poiché', 'dato che', 'visto che', 'in quanto'],
    units: ['km', 'chilometri', 'metri', 'anni', 'mesi', 'settimane', 'giorni', 'ore', 'minuti', 'secondi', 'tonnellate', 'chili', 'chilogrammi', 'litri', 'ettari', 'gradi', 'volte', 'byte'],
    among: ['tra cui', 'fra cui', 'tra i quali', 'tra le quali', 'fra i quali', 'fra le quali', 'di cui', 'compresi', 'comprese', 'inclusi', 'incluse'],
    outOf: ['su'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['ma', 'e', 'ed', 'o', 'anche', 'così', 'inoltre', 'tuttavia', 'però', 'eppure', 'comunque', 'invece', 'infatti', 'quindi', 'dunque', 'pertanto', 'perciò', 'nel frattempo', 'per esempio', 'ad esempio', 'cioè', 'in realtà', 'lui', 'lei', 'loro', 'egli', 'esso', 'essa', 'ciò', 'suo', 'sua', 'suoi', 'sue'],
    concluding: ['conclusione', 'conclusioni', 'in conclusione', 'considerazioni finali', 'lezioni apprese', 'punti chiave', 'in sintesi', 'prospettive', 'prossimi passi'],
  },
} as const satisfies Locale
