import { describe, expect, it } from 'vitest'
import { asidesOf } from '../../src/analyze/asides.ts'
import { compressSentence } from '../../src/analyze/compress.ts'

/** The text of each aside found, inner ones and trailing ones. */
function asides(sentence: string, lang: string) {
  const { inner, trailing } = asidesOf(sentence, lang)
  return { inner: inner.map((spans) => spans.map((s) => sentence.slice(s.start, s.end).trim())), trailing: trailing.map((s) => sentence.slice(s.start, s.end)) }
}

describe('asidesOf', () => {
  it.each([
    ['Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998.', 'es', [[', el líder independentista kurdo,']], []],
    ['Los paralelos, sin embargo, terminan allí.', 'es', [[', sin embargo,']], []],
    ['Arrastraba un pedido de captura de Turquía, donde era acusado por terrorismo.', 'es', [], [', donde era acusado por terrorismo']],
    ['Le texte, cependant, prévoit un contrôle a posteriori, selon le rapport de la commission.', 'fr', [[', cependant,']], [', selon le rapport de la commission']],
    ['L’utilisation des IMSI-catchers (fausses antennes) est également légalisée.', 'fr', [['(fausses antennes)']], []],
    // a short form in brackets stays: later sentences use it
    [
      'Le contrôle sera confié à une nouvelle autorité, la Commission nationale de contrôle (CNCTR), composée de six magistrats, de trois députés et d’un expert.',
      'fr',
      [],
      [', composée de six magistrats, de trois députés et d’un expert'],
    ],
    ['Los diputados aprobaron la ley con 438 votos, dijo el presidente de la cámara.', 'es', [], [', dijo el presidente de la cámara']],
    // a participle's phrase after words holding a finite verb (a Russian ending) still goes
    ['Компания выпустила новый годовой отчёт, показывающий рост выручки на треть.', 'ru', [], [', показывающий рост выручки на треть']],
    // after words with no verb, an aside between commas, not a trailing piece: an opening phrase alone would be left
    ['На фоне практически не изменившегося числа граждан, работающих сверхурочно, результаты исследования свидетельствуют о росте.', 'ru', [[', работающих сверхурочно,']], []],
    // a contrast with another case at the end
    ['La durée a été inscrite dans la loi, contrairement au projet initial du gouvernement qui entendait la fixer par décret.', 'fr', [], [', contrairement au projet initial du gouvernement qui entendait la fixer par décret']],
    ['Die Frist steht nun im Gesetz, anders als im ersten Entwurf der Regierung.', 'de', [], [', anders als im ersten Entwurf der Regierung']],
    // asides of one shape in a list go together, another shape on its own
    [
      'Ont voté contre 10 socialistes (sur 288), 35 UMP (sur 198) et 11 écologistes (sur 18), dont Noël Mamère (député de Gironde).',
      'fr',
      [['(sur 288)', '(sur 198)', '(sur 18)'], ['(député de Gironde)']],
      [],
    ],
    // an aside between two dashes; one dash alone (a dateline's) sets off none
    ['La durée de conservation – et son adaptation à la technique employée – a été inscrite dans la loi.', 'fr', [['– et son adaptation à la technique employée –']], []],
    ['PARIS – Les députés ont adopté le projet de loi sur le renseignement.', 'fr', [], []],
    // (an aside of one word between the first two dashes: the second dash closes it, it opens no other)
    ['Znaczenie miał dryf koalicjanta – socjaldemokratów – w stronę współpracy z Zemanem i co za tym idzie – także poprawy stosunków z Rosją.', 'pl', [], []],
    // after a colon, a word in -ée opens a list's item, not a participle's phrase
    ['Seules les métadonnées seront lues : origine du message, adresse IP, durée de la conversation.', 'fr', [], []],
    // a participle's phrase after the opening subject, between commas; a present participle's at the end
    [
      'Ce texte, fortement décrié par les associations pour son manque de contre-pouvoir, entend donner un cadre aux services, rendant légales certaines pratiques.',
      'fr',
      [[', fortement décrié par les associations pour son manque de contre-pouvoir,']],
      [', rendant légales certaines pratiques'],
    ],
    ['El proyecto, aprobado por el Senado en marzo, regula los servicios, dejando fuera a las provincias.', 'es', [[', aprobado por el Senado en marzo,']], [', dejando fuera a las provincias']],
    // a few words between commas right after a finite verb; not a list's items
    ['Les députés ont, sans surprise, adopté le projet de loi sur le renseignement.', 'fr', [[', sans surprise,']], []],
    // (not a clause the verb takes, opened by its "that")
    ['Faktem je, že lidé nevědí, co chtějí.', 'cs', [], []],
    // (a year among those words: the participle after them is the clause's verb, no trailing phrase)
    ['L’Efsa a, en 2015, passé toute une palette de sujets de santé en revue.', 'fr', [[', en 2015,']], []],
    ['Los diputados han, como se esperaba, aprobado la ley de inteligencia.', 'es', [[', como se esperaba,']], []],
    ['Les élus sont venus de Lyon, Lille, Nantes et Bordeaux pour le vote.', 'fr', [], []],
    // a relative clause at the end after words holding a finite verb ("a")
    ['La CNIL a fait part de sa volonté de contrôler les fichiers liés au renseignement, qui seront alimentés par ces collectes.', 'fr', [], [', qui seront alimentés par ces collectes']],
    // (a language that sets a comma before every relative clause: one after a common noun may say which thing is meant, and stays; one after a name goes)
    ['W tej sytuacji opozycja będzie zapewne wstrzemięźliwa w podejmowaniu działań, które prowadziłyby do upadku rządu.', 'pl', [], []],
    ['W tej sytuacji opozycja będzie zapewne rozmawiać z premierem Babišem, który prowadzi rząd od 2017 roku.', 'pl', [], [', który prowadzi rząd od 2017 roku']],
    ['Die Opposition wird wohl vorsichtiger sein bei Schritten, die zum Sturz der Regierung führen würden.', 'de', [], []],
    // the clause a contrast adds at the end, in each language's words
    [
      'L’avis de la CNCTR ne sera pas contraignant, mais cette commission pourra saisir le Conseil d’Etat si elle estime que la loi n’est pas respectée.',
      'fr',
      [],
      [', mais cette commission pourra saisir le Conseil d’Etat si elle estime que la loi n’est pas respectée'],
    ],
    ['El dictamen de la comisión no será vinculante, pero podrá recurrir al Consejo de Estado.', 'es', [], [', pero podrá recurrir al Consejo de Estado']],
    ['Die Stellungnahme der Kommission ist nicht bindend, aber sie kann den Staatsrat anrufen.', 'de', [], [', aber sie kann den Staatsrat anrufen']],
  ])('%s', (sentence, lang, inner, trailing) => {
    expect(asides(sentence, lang)).toEqual({ inner, trailing })
  })

  it.each([
    // a preposition opens the sentence: "Argentina, la tarea es delicada," is no apposition
    ['En Argentina, la tarea es delicada, escribe el autor.', 'es'],
    // a clause at the end after too few words would leave a phrase
    ['En Turquía, donde era acusado.', 'es'],
    // a name and its relative clause: no clause would be left
    ['La Commission nationale de l’informatique et des libertés (CNIL), qui critique fortement cette disposition.', 'fr'],
    // a list's items: "segundo, que …" is no relative clause after a clause
    ['Dos hechos quedaron en evidencia: primero, que hay periodistas que no chequean; segundo, que los servicios inventan.', 'es'],
    // no aside words for a language without them
    ['他说，这个问题（很重要）需要解决。', 'zh'],
    // a contrast whose clause holds commas of its own is no one piece to leave out
    ['Il s’agit de la défense nationale, mais également des « intérêts majeurs », ainsi que de la prévention.', 'fr'],
    // a participle's phrase inside a clause a "that" opened, its verb after the phrase: the rest is no trailing piece
    ['Данные мониторинга говорят о том, что число граждан, находящихся в простое, сократилось за год более чем в три раза.', 'ru'],
    // nor brackets that open on the sentence's own conjunction: without them the sentence lacks its "e"
    ['Ce lo ripetono continuamente gli esperti che si occupano di cambiamenti climatici (e, prima che il Covid ci costringesse a casa, lo dicevano in piazza) anche i giovanissimi.', 'it'],
    // nor one inside the main clause after an opening subordinate one, the main clause's verb after the phrase
    ['Хотя основная роль Borg состоит в управлении жизненным циклом задач и машин, приложениям, работающим в Borg, полезны и многие другие кластерные сервисы.', 'ru'],
  ])('finds nothing to leave out: %s', (sentence, lang) => {
    expect(asides(sentence, lang)).toEqual({ inner: [], trailing: [] })
  })
})

describe('compressSentence, other languages', () => {
  it('leaves out an apposition, then a clause at the end, only while the sentence is too long', () => {
    const s = 'Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998 y pidió asilo político en Roma, donde esperaba una respuesta.'
    const c = compressSentence(s, 18, undefined, 'es')
    expect(c).toMatchObject({ text: 'Abdullah Ocalan desembarcó en Italia en noviembre de 1998 y pidió asilo político en Roma', complete: true })
    // each kept piece of words is the sentence's own text, in the bullet
    for (const p of c.pieces.filter((p) => /\p{L}/u.test(s.slice(p.start, p.end)))) expect(c.text).toContain(s.slice(p.start, p.end))
    expect(compressSentence(s, 40, undefined, 'es')).toMatchObject({ text: s.slice(0, -1), complete: true })
  })

  it('leaves out a relative clause that stands for the whole clause before it, whatever that clause\'s verb (", lo cual …", ", ce qui …")', () => {
    const es = 'Las normas mandatadas por la Convención requerirán, por tanto, del apoyo de las mayorías parlamentarias para su ejecución, lo cual podría prolongar la puesta en marcha de estos cambios por un tiempo mucho mayor al esperado.'
    expect(compressSentence(es, 16, undefined, 'es').text).toBe('Las normas mandatadas por la Convención requerirán del apoyo de las mayorías parlamentarias para su ejecución')
    const fr = "La loi a été adoptée par le Sénat mardi soir après de longs débats, ce qui permet au gouvernement d'avancer sur son calendrier."
    expect(compressSentence(fr, 16, undefined, 'fr').text).toBe('La loi a été adoptée par le Sénat mardi soir après de longs débats')
  })

  it('reads a sentence of another language as that language\'s, though it reads as English ("So lange dauert …" keeps its "So")', () => {
    expect(compressSentence('So lange dauert die schnellste Zugverbindung von Madrid nach Stockholm.', undefined, undefined, 'de').text).toBe('So lange dauert die schnellste Zugverbindung von Madrid nach Stockholm')
  })

  it('keeps the second half of a pair ("non seulement …, mais aussi …"): no contrast added at the end', () => {
    const s = 'Le juge Bocock ajoute qu’il est non seulement important que justice se fasse, mais aussi qu’il y ait apparence de justice.'
    expect(compressSentence(s, 14, undefined, 'fr').text).not.toMatch(/fasse$/u)
  })

  it('without the language, or with nothing to leave out, keeps the whole sentence and says it is too long', () => {
    const s = 'Los diputados aprobaron por amplia mayoría el proyecto de ley sobre inteligencia defendido por el gobierno en una votación solemne el martes pasado.'
    expect(compressSentence(s, 12, undefined, 'es').complete).toBe(false)
    expect(compressSentence('Los paralelos, sin embargo, terminan allí y en ningún otro lugar del mundo entero.', 8).complete).toBe(false)
    expect(compressSentence('Los paralelos, sin embargo, terminan allí y en ningún otro lugar del mundo entero.', 12, undefined, 'es').text).toBe('Los paralelos terminan allí y en ningún otro lugar del mundo entero')
  })
})
