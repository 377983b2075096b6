/** German. */
import type { Locale } from './types.ts'

export const de = {
  tag: 'de',
  dir: 'ltr',
  slide: {
    agenda: 'Agenda',
    takeaways: 'Das Wichtigste',
    sources: 'Quellen',
    keyFigure: 'Kennzahl',
    whatItCost: 'Was es kostet',
    theFigures: 'Die Zahlen',
    moreItems: (n) => `${n} weitere`,
    continued: ' (Forts.)',
    introduction: 'Einleitung',
    quote: 'Zitat',
    amount: 'Betrag',
    count: 'Anzahl',
    share: 'Anteil',
    asStated: 'Laut Artikel',
    amountsAsStated: 'Beträge laut Artikel',
    article: 'Artikel',
    author: 'Autor',
    published: 'Veröffentlicht',
    source: 'Quelle',
    standardInput: 'Standardeingabe',
    colon: ': ',
    authorVoice: (author) => `— ${author} (Autor des Artikels)`,
  },
  notes: {
    agenda: (n, items) => `Der Vortrag folgt dem Artikel in ${n} Teil${n === 1 ? '' : 'en'}: ${items}.`,
    sources: 'Jeder Stichpunkt stammt aus einem Satz des Artikels; die Notizen jeder Folie zitieren die Originalstellen.',
  },
  chart: {
    notStated: 'Betrag nicht genannt',
    logScale: (r) => `logarithmische Skala: der größte Betrag ist ${r}× der kleinste`,
    mixed: 'verschiedene Währungen, nicht umgerechnet',
    columns: ['Posten', 'Betrag', 'Anmerkung', 'Quelle'],
    qualifiers: { under: 'unter', over: 'über', about: 'etwa', 'up to': 'bis zu', 'at least': 'mindestens' },
    comparisons: ['im Vorjahresvergleich', 'gegenüber dem Vorjahr', 'im Jahresvergleich', 'gegenüber dem Vorquartal'],
    changeTitle: (c) => `Veränderung ${c}`,
  },
  table: {
    table: 'Tabelle',
    part: (r, R, c, C) => `${r < R ? `${r} von ${R} Zeilen` : `${R} Zeilen`}${c < C ? `, ${c} von ${C} Spalten` : ''}; die ganze Tabelle steht in den Notizen`,
    leftOut: (n, shown) => `${n} Tabellen des Artikels sind nicht auf Folien (${shown} gezeigt)`,
    largest: (r, R, col) => `die ${r} größten von ${R} Zeilen nach ${col}, absteigend; die ganze Tabelle steht in den Notizen`,
    by: (v, r) => `${v} nach ${r}`,
    noHeader: '(ohne Spaltentitel)',
  },
  bars: {
    chartOf: (n) => `Balkendiagramm mit ${n} Werten`,
    columns: ['Posten', 'Wert'],
  },
  quote: { marks: { open: '„', close: '“' }, paraphrased: 'sinngemäß' },
  handout: {
    titleSuffix: ' (Handout)',
    slideOf: (n, total, title) => `Folie ${n} von ${total}: ${title}`,
    pageOf: (page, total) => `Seite ${page} von ${total}`,
  },
  info: (origin) => `Erstellt mit deckwright aus ${origin}.`,
  speech: {
    verbs: ['sagte', 'erklärte', 'betonte'],
    according: ['laut'],
    backReference: ['er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses', 'jene', 'jener', 'aber', 'und', 'oder', 'auch', 'jedoch', 'dabei', 'dadurch', 'deshalb', 'sein', 'seine', 'ihr', 'ihre'], firstPerson: ["ich", "mich", "mir", "mein", "meine", "meiner", "meinen", "meinem", "meines"], secondPerson: ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "euch", "euer", "eure"], relative: ['der', 'die', 'das', 'welcher', 'welche', 'welches', 'dessen', 'deren'],
  },
  figures: {
    cost: 'Kosten',
    costVerbs: ['kostete', 'kostet', 'kosten', 'gekostet', 'kosteten'],
    units: ['km', 'Kilometer', 'Kilometern', 'Meter', 'Metern', 'Jahre', 'Jahren', 'Monate', 'Monaten', 'Wochen', 'Tage', 'Tagen', 'Stunden', 'Minuten', 'Sekunden', 'Tonnen', 'Kilogramm', 'Liter', 'Hektar', 'Grad', 'Mal'],
    among: ['darunter', 'davon', 'einschließlich', 'inklusive'],
    outOf: ['von'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['aber', 'und', 'oder', 'auch', 'jedoch', 'dabei', 'dadurch', 'deshalb', 'daher', 'trotzdem', 'außerdem', 'zudem', 'allerdings', 'er', 'sie', 'sein', 'seine', 'ihr', 'ihre', 'zum beispiel'],
  },
} as const satisfies Locale
