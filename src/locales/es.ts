/** Spanish. */
import type { Locale } from './types.ts'

export const es = {
  tag: 'es',
  dir: 'ltr',
  slide: {
    agenda: 'Índice',
    takeaways: 'Conclusiones',
    sources: 'Fuentes',
    keyFigure: 'Cifra clave',
    whatItCost: 'Lo que cuesta',
    theFigures: 'Las cifras',
    moreItems: (n) => `${n} más`,
    continued: ' (cont.)',
    introduction: 'Introducción',
    quote: 'Cita',
    amount: 'Importe',
    count: 'Cantidad',
    share: 'Proporción',
    asStated: 'Según el artículo',
    amountsAsStated: 'Importes según el artículo',
    article: 'Artículo',
    author: 'Autor',
    published: 'Publicado',
    source: 'Fuente',
    standardInput: 'entrada estándar',
    colon: ': ',
    authorVoice: (author) => `— ${author} (autor del artículo)`,
  },
  notes: {
    agenda: (n, items) => `La charla sigue el artículo en ${n} parte${n === 1 ? '' : 's'}: ${items}.`,
    sources: 'Cada viñeta procede de una frase del artículo; las notas de cada diapositiva citan los pasajes de origen.',
  },
  chart: {
    notStated: 'importe no indicado',
    logScale: (r) => `escala logarítmica: el mayor importe es ${r}× el menor`,
    mixed: 'monedas distintas, sin convertir',
    columns: ['Concepto', 'Importe', 'Nota', 'Fuente'],
    qualifiers: { under: 'menos de', over: 'más de', about: 'unos', 'up to': 'hasta', 'at least': 'al menos' },
    comparisons: ['interanual', 'respecto al año anterior', 'en comparación con el año anterior', 'en un año', 'intertrimestral'],
    changeTitle: (c) => `Variación ${c}`,
  },
  table: {
    table: 'Tabla',
    part: (r, R, c, C) => `${r < R ? `${r} de ${R} filas` : `${R} filas`}${c < C ? `, ${c} de ${C} columnas` : ''}; la tabla completa está en las notas`,
    leftOut: (n, shown) => `${n} tablas del artículo no están en diapositivas (${shown} mostradas)`,
    largest: (r, R, col) => `las ${r} mayores de ${R} filas por ${col}, de mayor a menor; la tabla completa está en las notas`,
    by: (v, r) => `${v} por ${r.toLocaleLowerCase('es')}`,
    noHeader: '(sin encabezado)',
  },
  bars: {
    chartOf: (n) => `Gráfico de barras de ${n} valores`,
    columns: ['Elemento', 'Valor'],
  },
  quote: { marks: { open: '«', close: '»' }, paraphrased: 'en paráfrasis' },
  handout: {
    titleSuffix: ' (material de apoyo)',
    slideOf: (n, total, title) => `Diapositiva ${n} de ${total}: ${title}`,
    pageOf: (page, total) => `Página ${page} de ${total}`,
  },
  info: (origin) => `Generado por deckwright a partir de ${origin}.`,
  speech: {
    verbs: ['dijo', 'afirmó', 'explicó', 'declaró'],
    according: ['según'],
    backReference: ['él', 'ella', 'ellos', 'ellas', 'este', 'esta', 'estos', 'estas', 'esto', 'ese', 'esa', 'esos', 'esas', 'eso', 'pero', 'y', 'o', 'también', 'así', 'su', 'sus', 'sin embargo', 'en cambio', 'además', 'por eso'], firstPerson: ["yo", "mi", "mis", "conmigo"], secondPerson: ["tú", "usted", "ustedes", "tu", "tus", "vosotros", "vuestro", "vuestra"], relative: ['que', 'quien', 'quienes', 'cuyo', 'cuya', 'cual'],
  },
  figures: {
    cost: 'Coste',
    costVerbs: ['costó', 'cuesta', 'costará', 'costaron', 'cuestan', 'costaba'],
    units: ['km', 'kilómetros', 'metros', 'años', 'meses', 'semanas', 'días', 'horas', 'minutos', 'segundos', 'toneladas', 'kilos', 'kilogramos', 'litros', 'hectáreas', 'grados', 'veces'],
    among: ['incluidos', 'incluidas', 'incluyendo', 'entre ellos', 'entre ellas', 'de los cuales', 'de las cuales'],
    outOf: ['de'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['pero', 'y', 'o', 'también', 'así', 'además', 'sin embargo', 'no obstante', 'por eso', 'por lo tanto', 'por ejemplo', 'es decir', 'en cambio', 'él', 'ella', 'ellos', 'ellas', 'su', 'sus'],
  },
} as const satisfies Locale
