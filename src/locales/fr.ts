/** French. */
import type { Locale } from './types.ts'

const NNBSP = '\u202F' // narrow no-break space, inside guillemets

export const fr = {
  tag: 'fr',
  dir: 'ltr',
  slide: {
    agenda: 'Sommaire',
    takeaways: 'À retenir',
    sources: 'Sources',
    keyFigure: 'Chiffre clé',
    whatItCost: 'Ce que cela coûte',
    theFigures: 'Les chiffres',
    moreItems: (n) => `${n} autres`,
    continued: ' (suite)',
    introduction: 'Introduction',
    quote: 'Citation',
    amount: 'Montant',
    count: 'Nombre',
    share: 'Part',
    article: 'Article',
    author: 'Auteur',
    issuedBy: 'Publié par',
    published: 'Publié le',
    source: 'Source',
    standardInput: 'entrée standard',
    colon: '\u202f: ',
    authorVoice: (author) => `— ${author} (auteur de l’article)`,
    issuerVoice: (issuer) => `— ${issuer}`,
  },
  notes: {
    agenda: (n, items) => `Cette présentation suit l’article en ${n} partie${n === 1 ? '' : 's'} : ${items}.`,
    sources: 'Chaque puce reprend une phrase de l’article ; les notes de chaque diapositive citent les passages d’origine.',
  },
  chart: {
    notStated: 'montant non précisé',
    logScale: (r) => `échelle logarithmique : le plus grand montant vaut ${r}× le plus petit`,
    mixed: 'devises différentes, non converties',
    columns: ['Élément', 'Montant', 'Remarque', 'Source'],
    qualifiers: { under: 'moins de', over: 'plus de', about: 'environ', 'up to': "jusqu'à", 'at least': 'au moins' },
    comparisons: ['sur un an', 'en glissement annuel', 'par rapport à l’an dernier', 'par rapport à l’année précédente', 'sur un trimestre', 'sur un mois'],
    changeTitle: (c) => `Évolution ${c}`,
    asked: { openings: ['nous avons demandé', 'nous avons aussi demandé', 'nous avons également demandé', 'on a demandé'], questionWords: ['quel', 'quelle', 'quels', 'quelles', 'combien', 'comment', 'pourquoi', 'où', 'quand', 'si', 'ce que', 'ce qui'] },
  },
  table: {
    table: 'Tableau',
    part: (r, R, c, C) => `${r < R ? `${r} lignes sur ${R}` : `${R} lignes`}${c < C ? `, ${c} colonnes sur ${C}` : ''}`,
    leftOut: (n, shown) => `${n} tableaux de l’article ne sont pas sur les diapositives (${shown} montrés)`,
    largest: (r, R, col) => `les ${r} plus grandes valeurs de « ${col} » sur ${R} lignes, par ordre décroissant`,
    by: (v, r) => `${v} par ${r.toLocaleLowerCase('fr')}`,
    noHeader: '(sans en-tête)',
  },
  bars: {
    chartOf: (n) => `Diagramme en barres de ${n} valeurs`,
    columns: ['Élément', 'Valeur'],
  },
  quote: { marks: { open: `«${NNBSP}`, close: `${NNBSP}»` }, paraphrased: 'propos rapportés' },
  handout: {
    titleSuffix: ' (document)',
    slideOf: (n, total, title) => `Diapositive ${n} sur ${total} : ${title}`,
    pageOf: (page, total) => `Page ${page} sur ${total}`,
  },
  info: (origin) => `Généré par deckwright à partir de ${origin}.`,
  speech: {
    verbs: ['a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'a ajouté', 'a souligné', 'déclare', 'affirme'],
    according: ['selon'],
    impersonal: ["il y a", "il faut", "il existe", "il convient", "il semble", "il suffit", "il importe", "il reste"],
    additive: ['également', 'aussi'],
    additiveHeld: ['mais', 'que', 'qu', 'bien', 'non', 'seulement'],
    backReference: ['il', 'elle', 'ils', 'elles', 'ce', 'cet', 'cette', 'ces', 'cela', 'ça', 'celui', 'celle', 'ceux', 'celles', 'mais', 'et', 'ou', 'donc', 'aussi', 'ainsi', 'cependant', 'pourtant', 'toutefois', 'lui', 'leur', 'leurs', 'son', 'sa', 'ses', 'en effet', 'de plus', 'par ailleurs', 'en revanche', "d'autres", 'de même', "de l'autre", "d'une part", "d'autre part", 'par conséquent', 'en outre', 'à ce moment-là', 'depuis lors', 'dès lors', 'à cette époque'], contrast: ['mais', 'en réalité', 'en fait'], detachable: ['cependant', 'pourtant', 'toutefois', 'néanmoins', 'par ailleurs', 'en outre', 'de plus', 'en effet', 'd’ailleurs', "d'ailleurs", 'de même'], firstPerson: ["je", "j'", "moi", "mon", "ma", "mes", "me", "m'"], secondPerson: ["vous", "vos", "votre", "tu", "ton", "ta", "tes", "toi"], relative: ['qui', 'que', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
    demonstratives: ['ce', 'cet', 'cette', 'ces'],
    deictic: ['année', 'an', 'semaine', 'mois', 'matin', 'soir', 'printemps', 'été', 'automne', 'hiver', 'trimestre', 'siècle', 'week-end', 'article', 'texte', 'livre'],
    conclusive: ['en somme', 'en définitive', 'finalement', 'au final', 'en fin de compte', 'en conclusion', 'il faut', 'doit', 'doivent', 'devra', 'devront', 'essentiel', 'essentielle', 'crucial', 'cruciale', 'important', 'importante', 'montre que', 'signifie que', 'donc', 'reste'], acknowledgements: ['un grand merci', 'merci à tous', 'nous remercions', 'je remercie'], noAnswer: ["n'a pas souhaité commenter", "n'a pas souhaité répondre", "n'a pas donné suite", "n'a pas pu être joint", 'a refusé de commenter', 'pas de commentaire'], othersWords: ['réponses', 'commentaires', 'témoignages', 'citations'], aboutTheText: ['retour sur', 'voici', 'ci-dessous', 'dans cet article', 'cet article', 'lire aussi', 'à lire', 'suivez', 'est disponible sur le site', 'sont disponibles sur le site', 'consultable sur le site'], plans: ['voyons'], subordinators: ['bien que', 'quoique', 'parce que', 'puisque', 'lorsque', 'quand', 'si', 'tandis que', 'alors que', 'afin que', 'pour que', 'avant que'], articles: ['le', 'la', 'les', "l'", 'un', 'une', 'des'], whereRelative: ['où'], contrastEnding: ['contrairement à', 'contrairement au', 'contrairement aux', 'à la différence de', 'alors que', 'tandis que', 'malgré', 'en dépit de'], participleEndings: ['é', 'ée', 'és', 'ées', 'u', 'ue', 'us', 'ues'], finiteVerbs: ['a', 'ont', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'avait', 'avaient', 'aura', 'fait', 'font', 'peut', 'peuvent', 'doit', 'doivent', 'va', 'vont'],
  },
  figures: {
    cost: 'Coût',
    costVerbs: ['coûté', 'coûte', 'coûtera', 'coûtent', 'coûtait', 'coûteront'],
    units: ['km', 'kilomètres', 'mètres', 'ans', 'années', 'mois', 'semaines', 'jours', 'heures', 'minutes', 'secondes', 'tonnes', 'kilos', 'kilogrammes', 'litres', 'hectares', 'degrés', 'fois', 'octets'],
    among: ['dont', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles', 'y compris'],
    outOf: ['sur'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['mais', 'et', 'ou', 'donc', 'or', 'aussi', 'ainsi', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'en effet', 'de plus', 'en outre', 'par exemple', 'il', 'elle', 'ils', 'elles', 'cela', 'son', 'sa', 'ses', 'leur', 'leurs'],
    concluding: ['conclusion', 'conclusions', 'en conclusion', 'bilan', 'à retenir', 'leçons', 'perspectives'],
  },
} as const satisfies Locale
