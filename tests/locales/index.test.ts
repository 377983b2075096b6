import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/locales/en.ts'
import { LOCALES, localeFor, primaryTag, rightToLeftTags, type Locale } from '../../src/locales/index.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

// A locale that misses a key does not compile (checked by `tsc --noEmit`, part of `npm test`).
// @ts-expect-error `info` is missing
const incomplete: Locale = { tag: 'xx', dir: 'ltr', slide: en.slide, notes: en.notes, chart: en.chart, quote: en.quote, handout: en.handout, speech: en.speech }
void incomplete

/** Every string a locale holds, with the paths to reach it, functions called with sample arguments. */
function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)(3, '«x»', '«y»'))]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
  return []
}

/** An article in Markdown of a title and its parts (heading, body), analysed and planned, as a reader of its language gets it. */
/** A deck of a Markdown article of `parts` under `title`; `lang` declared in its front matter when given. */
async function deckOf(title: string, parts: ReadonlyArray<readonly [string, string]>, name: string, lang?: string) {
  const { analyze } = await import('../../src/analyze/index.ts')
  const { parseMarkdown } = await import('../../src/ingest/markdown.ts')
  const { planDeck } = await import('../../src/plan/index.ts')
  const front = lang ? ['---', `lang: ${lang}`, '---', ''] : []
  const md = [...front, `# ${title}`, '', ...parts.flatMap(([h, body]) => [`## ${h}`, '', body, ''])].join('\n')
  const a = analyze(parseMarkdown(md, name))
  return { a, plan: planDeck(a) }
}

describe('locales', () => {
  it('have one tag each, the name of their file', () => {
    const tags = LOCALES.map((l) => l.tag)
    expect(new Set(tags).size).toBe(tags.length)
    for (const tag of tags) expect(() => readFileSync(join(PROJECT_ROOT, 'src', 'locales', `${tag}.ts`))).not.toThrow()
  })

  it.each(LOCALES.map((l) => [l.tag, l] as const))('%s: no empty word, every function uses its arguments', (_, locale) => {
    for (const [path, text] of strings(locale, locale.tag)) expect(text.trim(), path).not.toBe('')
    expect(locale.notes.agenda(3, 'ITEMS')).toContain('ITEMS')
    expect(locale.chart.logScale('RATIO')).toContain('RATIO')
    expect(locale.handout.slideOf(4, 9, 'TITLE')).toMatch(/4.*9.*TITLE|TITLE.*4.*9/s)
    expect(locale.handout.pageOf('P', 'T')).toMatch(/P.*T/)
    expect(locale.info('ORIGIN')).toContain('ORIGIN')
  })

  it('translate every word: no locale but English shows English words', () => {
    const english = new Set(strings(en, 'en').map(([, t]) => t))
    for (const locale of LOCALES.filter((l) => l !== en)) {
      // words read in articles (speech, section openings and headings, units, cost verbs) are not written: only the cost label is
      const same = strings({ ...locale, speech: {}, sections: {}, figures: { cost: locale.figures.cost }, tag: '', dir: '' }, locale.tag).filter(([, t]) => english.has(t) && /\p{L}{3}/u.test(t))
      // words the languages share are allowed where they are the same word
      expect(same.map(([p]) => p).filter((p) => !/\.(?:agenda|sources|article|source|author|continued|introduction|columns\[3\])$/.test(p)), locale.tag).toEqual([])
    }
  })

  it('finds a locale by any BCP 47 tag of its language', () => {
    expect(localeFor('fr-CA')).toBe(localeFor('fr'))
    expect(localeFor('ZH_hans')).toBe(localeFor('zh'))
    expect(localeFor(undefined)).toBe(en)
    expect(localeFor('')).toBe(en)
    expect(primaryTag(' de-AT ')).toBe('de')
  })

  it('gives a language without a locale English words, its own direction and quotation marks', () => {
    expect(localeFor('da')).toBe(en)
    const he = localeFor('he-IL')
    expect(he.dir).toBe('rtl')
    expect(he.slide).toBe(en.slide)
    expect(localeFor('nb').quote.marks).toEqual({ open: '«', close: '»' })
    expect(localeFor('nb').dir).toBe('ltr')
    expect(localeFor('nb').slide).toBe(en.slide)
    expect(localeFor('arn').dir).toBe('ltr') // Mapudungun, not Arabic
  })

  it('lay out exactly the right-to-left languages right to left in the slides’ style sheet', () => {
    const css = readFileSync(join(PROJECT_ROOT, 'styles', 'index.css'), 'utf8')
    const rule = /((?:html\[lang\|='[a-z]+'\] \.slidev-layout,?\s*)+)\{\s*direction: rtl;/.exec(css)
    expect(rule, 'styles/index.css has no direction: rtl rule').not.toBeNull()
    const inCss = [...rule![1]!.matchAll(/lang\|='([a-z]+)'/g)].map((m) => m[1]).sort()
    expect(inCss).toEqual(rightToLeftTags())
    expect(rightToLeftTags()).toContain('ar')
  })

  it('breaks Korean lines between words only, in the slides’ style sheet', () => {
    const css = readFileSync(join(PROJECT_ROOT, 'styles', 'index.css'), 'utf8')
    expect(css).toMatch(/html\[lang\|='ko'\] \.slidev-layout \{\s*word-break: keep-all;/)
  })

  it('breaks Japanese titles between phrases, and no line on a small kana, in the slides’ style sheet', () => {
    const css = readFileSync(join(PROJECT_ROOT, 'styles', 'index.css'), 'utf8')
    expect(css).toMatch(/html\[lang\|='ja'\] \.slidev-layout :is\(h1, h2\) \{\s*word-break: auto-phrase;/)
    expect(css).toMatch(/html\[lang\|='ja'\] \.slidev-layout \{\s*line-break: strict;/)
  })
})

describe('the Korean locale', () => {
  it('gives a Korean article Korean words on its slides', async () => {
    const { plan } = await deckOf('인그레스 은퇴', [['배경', '인그레스는 트래픽을 안내하는 방식이다. 많은 컨트롤러가 존재한다.'], ['과제', '유지보수는 몇 명의 인원이 맡아 왔다. 기술적 부채가 쌓였다.'], ['향후 단계', '프로젝트는 내년 3월에 은퇴한다. 저장소는 읽기 전용으로 전환된다.']], 'ko.md')
    expect(plan.lang).toBe('ko')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('목차')
  })
})

describe('the Japanese locale', () => {
  it('gives a Japanese article Japanese words on its slides', async () => {
    const { plan } = await deckOf('七つの落とし穴', [
      ['資源の設定', 'リソースの要求と制限を設定しないと、ノードが不安定になります。私はそれを何度も経験しました。'],
      ['ログの集約', 'ログを一か所に集めると、障害の原因を素早く見つけられます。多くのチームがこの方法を使っています。'],
      ['権限の管理', '権限を最小限にすると、事故の被害を小さくできます。管理者はアクセス権を定期的に見直すべきです。'],
      ['古い資源の削除', '使われなくなったリソースを放置すると、費用がかさみます。ラベルを付けておけば簡単に探せます。'],
    ], 'ja.md')
    expect(plan.lang).toBe('ja')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('目次')
  })
})

describe('the Italian locale', () => {
  it('gives an Italian article Italian words on its slides', async () => {
    const { plan } = await deckOf('Perturbazione polare al Centro e al Sud', [
      ['Le previsioni', 'Una perturbazione di origine polare sta per fare il suo ingresso sull’Italia. Colpirà con piogge e temporali le regioni centrali e poi il Sud. La neve cadrà sull’Appennino sopra i 1400 metri.'],
      ['Il fine settimana', 'Da giovedì la rapida rimonta dell’alta pressione riporterà il bel tempo su tutte le regioni. Le temperature saliranno fino a 18 gradi su gran parte d’Italia.'],
      ['In Europa', 'È ancora emergenza alluvioni in Gran Bretagna per la tempesta Dennis. Le massime hanno raggiunto i 28,9 gradi a Oloron, in Francia.'],
    ], 'it.md')
    expect(plan.lang).toBe('it')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Sommario')
  })
})

describe('the Russian locale', () => {
  it('gives a Russian article Russian words on its slides, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Диета Аткинса', [
      ['Первая фаза', 'Первая фаза диеты длится четырнадцать дней. В это время разрешено мясо, рыба и яйца. Сахар и хлеб запрещены полностью.'],
      ['Вторая фаза', 'Во второй фазе углеводы возвращают в меню постепенно. Вес продолжает снижаться, но медленнее.'],
      ['Мнение врачей', '«Диета подходит не всем», — сказала Анна Смирнова, диетолог клиники. Врачи советуют проконсультироваться перед началом диеты.'],
    ], 'ru.md')
    expect(a.lang).toBe('ru')
    expect(a.quotes.find((q) => q.text.startsWith('Диета подходит'))?.speaker).toBe('Анна Смирнова')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Содержание')
  })
})

describe('the Ukrainian locale', () => {
  it('gives a Ukrainian article Ukrainian words on its slides, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Виноробство на Закарпатті', [
      ['Початки', 'Перший виноградник у селі з’явився у 2007 році. Власники почали з вин із місцевих сортів, зібраних у вересні. Сьогодні вони виробляють кілька тисяч пляшок на рік.'],
      ['Правила', 'Закон обмежує виробництво вина в малих господарствах. Більшість вина в країні продають великі торговельні мережі.'],
      ['Думки', '«Наші вина отримують нагороди за кордоном», — сказала Ганна Коваленко, власниця виноградника. Експерти вважають, що ринок зростатиме.'],
    ], 'uk.md')
    expect(a.lang).toBe('uk')
    expect(a.quotes.find((q) => q.text.startsWith('Наші вина'))?.speaker).toBe('Ганна Коваленко')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Зміст')
  })
})

describe('the Finnish locale', () => {
  it('gives a Finnish article Finnish words on its slides', async () => {
    const { plan } = await deckOf('Kaamos ja kirkasvalolamppu', [
      ['Kaamos', 'Pohjoisessa aurinko ei nouse joulukuussa lainkaan. Moni kärsii väsymyksestä ja alakuloisuudesta pimeänä aikana. Oireet helpottavat yleensä keväällä.'],
      ['Valohoito', 'Kirkasvalolamppua käytetään aamulla noin puoli tuntia. Lamppuun ei katsota suoraan vaan se asetetaan sivulle.'],
      ['Tutkimus', 'Nelivuotinen hanke tutkii valon vaikutusta unen laatuun. Tutkijat seuraavat kahtasataa vapaaehtoista koko talven ajan.'],
    ], 'fi.md', 'fi')
    expect(plan.lang).toBe('fi')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Sisältö')
  })
})

describe('the Dutch locale', () => {
  it('gives a Dutch article Dutch words on its slides, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Technische schuld in de praktijk', [
      ['Een metafoor', 'De term technische schuld werd gemunt door Ward Cunningham. Hij gebruikte een financiële analogie om zijn baas uit te leggen waarom de software moest worden aangepast. Het idee is dat je later rente betaalt over snelle keuzes.'],
      ['Onvermijdelijk', 'Technische schuld is volgens veel ontwikkelaars onvermijdelijk. Er verschijnt steeds een nieuwe versie van een bibliotheek die je software gebruikt. Ook een nieuw ontdekte kwetsbaarheid kan schuld opleveren.'],
      ['Aanpak', '“We reserveren elke sprint tijd voor technische schuld”, zegt Frank de Vries, ontwikkelaar bij het project. Updates van bibliotheken laten we uitvoeren door tools als Dependabot.'],
    ], 'nl.md', 'nl')
    expect(plan.lang).toBe('nl')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Inhoud')
    expect(a.quotes.find((q) => q.text.startsWith('We reserveren'))?.speaker).toBe('Frank de Vries')
  })
})

describe('the Polish locale', () => {
  it('gives a Polish article Polish words on its slides, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Fińskie wina z jagód', [
      ['Początki', 'Pierwsza winnica w Finlandii powstała w 2007 roku. Właściciele zaczęli od win z dzikich jagód zbieranych w sierpniu. Dziś produkują kilkanaście tysięcy butelek rocznie.'],
      ['Przepisy', 'Ustawa ogranicza produkcję wina w małych winnicach. Państwowy monopol sprzedaje większość alkoholu w kraju.'],
      ['Opinie', '„Nasze wina zdobywają nagrody za granicą”, powiedziała Anna Kowalska, właścicielka winnicy. Eksperci uważają, że rynek będzie rósł.'],
    ], 'pl.md')
    expect(a.lang).toBe('pl')
    expect(a.quotes.find((q) => q.text.startsWith('Nasze wina'))?.speaker).toBe('Anna Kowalska')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Plan prezentacji')
  })
})

describe('the Czech locale', () => {
  it('gives a Czech article Czech words on its slides, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Vinaři na jižní Moravě', [
      ['Začátky', 'První vinice v obci vznikla v roce 2007. Majitelé začínali s víny z místních odrůd sklízených v září. Dnes vyrábějí několik tisíc lahví ročně.'],
      ['Pravidla', 'Zákon omezuje výrobu vína v malých vinicích. Většinu vína v zemi prodávají velké obchodní řetězce.'],
      ['Názory', '„Naše vína sbírají ocenění v zahraničí,“ řekla Anna Nováková, majitelka vinice. Odborníci se domnívají, že trh poroste.'],
    ], 'cs.md')
    expect(a.lang).toBe('cs')
    expect(a.quotes.find((q) => q.text.startsWith('Naše vína'))?.speaker).toBe('Anna Nováková')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Obsah')
  })
})

describe('the Swedish locale', () => {
  it('gives a Swedish article Swedish words on its slides, its own quotation marks, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Vinodlare i Skåne', [
      ['Början', 'Den första vingården i byn anlades 2007. Ägarna började med viner av lokala druvsorter som skördades i september. I dag tillverkar de flera tusen flaskor om året.'],
      ['Regler', 'Lagen begränsar vinproduktionen på små gårdar. Systembolaget säljer det mesta av vinet i landet.'],
      ['Åsikter', '”Våra viner får priser utomlands”, säger Anna Lindqvist, ägare till vingården. Experterna tror att marknaden kommer att växa.'],
    ], 'sv.md', 'sv')
    expect(plan.lang).toBe('sv')
    expect(localeFor('sv').quote.marks).toEqual({ open: '”', close: '”' })
    expect(a.quotes.find((q) => q.text.startsWith('Våra viner'))?.speaker).toBe('Anna Lindqvist')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Innehåll')
  })
})

describe('the Turkish locale', () => {
  it('gives a Turkish article Turkish words on its slides', async () => {
    const { plan } = await deckOf('Kapadokya’da bağcılık', [
      ['Başlangıç', 'Köydeki ilk bağ 2007 yılında kuruldu. Bağ sahipleri eylülde toplanan yerel üzüm çeşitlerinden şarap üretmeye başladı. Bugün yılda birkaç bin şişe şarap üretiyorlar.'],
      ['Kurallar', 'Yasa küçük bağlarda şarap üretimini sınırlıyor. Ülkedeki şarabın çoğunu büyük market zincirleri satıyor.'],
      ['Görüşler', 'Bağın sahibi Ayşe Yılmaz, şaraplarının yurt dışında ödül aldığını söyledi. Uzmanlar pazarın büyüyeceğini düşünüyor.'],
    ], 'tr.md', 'tr')
    expect(plan.lang).toBe('tr')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('İçerik')
  })
})

describe('the Vietnamese locale', () => {
  it('gives a Vietnamese article Vietnamese words on its slides, and reads its attributions', async () => {
    const { a, plan } = await deckOf('Làm rượu vang ở Ninh Thuận', [
      ['Khởi đầu', 'Vườn nho đầu tiên trong xã được trồng vào năm 2007. Các chủ vườn bắt đầu làm rượu từ những giống nho địa phương thu hoạch vào tháng chín. Ngày nay họ sản xuất vài nghìn chai mỗi năm.'],
      ['Quy định', 'Luật hạn chế việc sản xuất rượu ở các trang trại nhỏ. Phần lớn rượu vang trong nước được bán qua các chuỗi siêu thị lớn.'],
      ['Ý kiến', '“Rượu của chúng tôi đã giành giải thưởng ở nước ngoài”, Nguyễn Thị Lan nói. Các chuyên gia cho rằng thị trường sẽ còn tăng trưởng.'],
    ], 'vi.md', 'vi')
    expect(plan.lang).toBe('vi')
    expect(a.quotes.find((q) => q.text.startsWith('Rượu của'))?.speaker).toBe('Nguyễn Thị Lan')
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Nội dung')
  })
})
