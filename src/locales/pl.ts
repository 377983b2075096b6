/** Polish. */
import type { Locale } from './types.ts'

/** The form of a noun after the number n: 1 część; 2–4, 22 części; 5–21, 25 części(-ów). Only 1 itself takes the singular. */
function plural(n: number, one: string, few: string, many: string): string {
  const d = n % 10
  const h = n % 100
  return n === 1 ? one : d >= 2 && d <= 4 && (h < 12 || h > 14) ? few : many
}

export const pl = {
  tag: 'pl',
  dir: 'ltr',
  slide: {
    agenda: 'Plan prezentacji',
    takeaways: 'Najważniejsze wnioski',
    outlook: 'Perspektywy',
    people: 'Kto jest kim',
    sources: 'Źródła',
    keyFigure: 'Kluczowa liczba',
    whatItCost: 'Ile to kosztuje',
    theFigures: 'W liczbach',
    moreItems: (n) => `jeszcze ${n}`,
    continued: ' (cd.)',
    introduction: 'Wprowadzenie',
    part: (n) => `Część ${n}`,
    code: 'kod',
    formula: '[wzór]',
    quote: 'Cytat',
    amount: 'Kwota',
    count: 'Liczba',
    share: 'Udział',
    article: 'Artykuł',
    author: 'Autor',
    issuedBy: 'Komunikat',
    published: 'Opublikowano',
    source: 'Źródło',
    standardInput: 'standardowe wejście',
    colon: ': ',
    authorVoice: (author) => `— ${author} (autor artykułu)`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `Prezentacja idzie za artykułem — ${n} ${plural(n, 'część', 'części', 'części')}: ${items}.`,
    sources: 'Każdy punkt pochodzi z własnych zdań artykułu; notatki do każdego slajdu przytaczają fragmenty, z których go wzięto.',
  },
  chart: {
    notStated: 'kwota nie podana',
    logScale: (r) => `skala logarytmiczna: największa kwota jest ${r} razy większa od najmniejszej`,
    mixed: 'różne waluty, bez przeliczenia',
    columns: ['Pozycja', 'Kwota', 'Uwagi', 'Źródło'],
    qualifiers: { under: 'poniżej', over: 'ponad', about: 'około', 'up to': 'do', 'at least': 'co najmniej' },
    comparisons: ['rok do roku', 'r/r', 'w ujęciu rocznym', 'w porównaniu z poprzednim rokiem', 'w porównaniu z ubiegłym rokiem', 'w porównaniu z analogicznym okresem ubiegłego roku', 'kwartał do kwartału', 'w ujęciu kwartalnym', 'w porównaniu z poprzednim kwartałem', 'miesiąc do miesiąca', 'w ujęciu miesięcznym'],
    changeTitle: (c, l) => (l ? `Zmiana ${c}: ${l.label} ${l.fell ? '−' : '+'}${l.amount}` : `Zmiana ${c}`),
    // (Polish sets a comma before the question: "Zapytaliśmy, jakie …")
    asked: { openings: ['zapytaliśmy,', 'zapytaliśmy też,', 'zapytaliśmy także,', 'zapytaliśmy respondentów,', 'zapytaliśmy uczestników,', 'zapytaliśmy użytkowników,', 'respondentów zapytano,', 'uczestników zapytano,', 'użytkowników zapytano,'], questionWords: ['co', 'jakie', 'jaki', 'jaka', 'jakich', 'jakim', 'jakimi', 'jaką', 'który', 'które', 'która', 'których', 'ile', 'jak', 'kto', 'gdzie', 'kiedy', 'dlaczego', 'czy', 'na ile', 'w jakim stopniu', 'po co'] },
  },
  table: {
    table: 'Tabela',
    part: (r, R, c, C) => (r < R && c < C ? 'wybrane wiersze i kolumny' : r < R ? 'wybrane wiersze' : c < C ? 'wybrane kolumny' : 'wszystkie wiersze'),
    leftOut: (n, shown) => `${n} ${plural(n, 'tabela', 'tabele', 'tabel')} z artykułu nie ${plural(n, 'trafiła', 'trafiły', 'trafiło')} na slajdy${shown > 0 ? ` (pokazano ${shown}, do których tekst odwołuje się najczęściej)` : ''}`,
    largest: (r, R, col) => `${r} z ${R} wierszy o największej wartości „${col}”, malejąco`,
    by: (v, r) => `${v} według: ${r}`,
    byPair: (v, r, s) => `${v} według: ${r} i ${s}`,
    glance: (h) => `${h} w skrócie`,
    noHeader: '(bez nagłówka)',
  },
  bars: {
    chartOf: (n) => `Wykres słupkowy: ${n} ${plural(n, 'wartość', 'wartości', 'wartości')}`,
    columns: ['Pozycja', 'Wartość'],
  },
  // „…” (low-high), the marks of Polish typography and of ./typography.ts before this locale.
  quote: { marks: { open: '„', close: '”' }, paraphrased: 'w omówieniu' },
  handout: {
    titleSuffix: ' (materiały dla słuchaczy)',
    slideOf: (n, total, title) => `Slajd ${n} z ${total}: ${title}`,
    pageOf: (page, total) => `Strona ${page} z ${total}`,
  },
  info: (origin) => `Utworzono za pomocą deckwright. Źródło: ${origin}.`,
  speech: {
    verbs: ['powiedział', 'powiedziała', 'powiedzieli', 'powiedziały', 'mówi', 'mówią', 'mówił', 'mówiła', 'mówili', 'stwierdził', 'stwierdziła', 'stwierdzili', 'stwierdza', 'oświadczył', 'oświadczyła', 'oświadczyli', 'zaznaczył', 'zaznaczyła', 'zaznaczyli', 'zaznacza', 'podkreślił', 'podkreśliła', 'podkreślili', 'podkreśla', 'wyjaśnił', 'wyjaśniła', 'wyjaśnili', 'wyjaśnia', 'dodał', 'dodała', 'dodali', 'dodaje', 'poinformował', 'poinformowała', 'poinformowali', 'informuje', 'przekazał', 'przekazała', 'przekazali', 'opowiada', 'opowiadał', 'opowiadała', 'tłumaczy', 'tłumaczył', 'tłumaczyła', 'uważa', 'uważają', 'twierdzi', 'twierdzą', 'przyznał', 'przyznała', 'przyznali', 'przyznaje', 'zauważył', 'zauważyła', 'zauważa', 'przypomniał', 'przypomniała', 'przypomina', 'ostrzegł', 'ostrzegła', 'ostrzega', 'odpowiedział', 'odpowiedziała', 'odpowiada', 'napisał', 'napisała', 'napisali', 'pisze', 'piszą', 'ocenił', 'oceniła', 'ocenia', 'zapewnił', 'zapewniła', 'zapewnia', 'wskazał', 'wskazała', 'wskazuje', 'relacjonuje', 'komentuje', 'skomentował', 'skomentowała', 'potwierdza', 'potwierdził', 'potwierdziła', 'potwierdzili', 'wylicza', 'wyliczał', 'wyliczała', 'podsumowuje', 'podsumował', 'podsumowała'],
    according: ['według', 'zdaniem', 'jak powiedział', 'jak powiedziała', 'jak mówi', 'jak podkreśla', 'jak zaznacza', 'jak twierdzi', 'jak poinformował', 'jak poinformowała', 'jak podaje', 'jak podał', 'jak podała', 'jak pisze', 'jak wyjaśnia', 'jak zauważa', 'jak informuje', 'jak wynika z', 'z danych', 'na podstawie danych', 'w opinii'],
    impersonal: ['tak zwany', 'tak zwana', 'tak zwane', 'tak zwanych', 'tak jak', 'ci, którzy', 'ten, kto', 'to, co'],
    additive: ['także', 'również', 'też', 'ponadto', 'poza tym', 'dodatkowo', 'co więcej'],
    additiveHeld: ['a', 'ale', 'i', 'nie', 'tylko', 'jak', 'znany', 'znana', 'znane', 'zwany', 'zwana', 'zwane'], additiveLast: [], deicticLast: ['tam', 'tu', 'tutaj', 'tak'],
    backReference: ['on', 'ona', 'ono', 'oni', 'one', 'jego', 'jej', 'ich', 'jemu', 'nim', 'niej', 'nich', 'niego', 'nią', 'według niego', 'według niej', 'według nich', 'jego zdaniem', 'jej zdaniem', 'ich zdaniem', 'to', 'ten', 'ta', 'te', 'ci', 'tego', 'tej', 'temu', 'tym', 'tych', 'tę', 'tymi', 'taki', 'taka', 'takie', 'tacy', 'takich', 'takiego', 'taką', 'tamten', 'tamta', 'tamte', 'oba', 'obie', 'obaj', 'obydwa', 'inny', 'inna', 'inne', 'inni', 'pozostali', 'pozostałe', 'kolejny', 'kolejna', 'kolejne', 'jeszcze jeden', 'jeszcze jedna', 'jeszcze jedno', 'ale', 'i', 'a', 'lub', 'albo', 'więc', 'zatem', 'także', 'również', 'też', 'tu', 'tutaj', 'tam', 'jednak', 'jednakże', 'natomiast', 'zaś', 'wszak', 'przy tym', 'ponadto', 'poza tym', 'co więcej', 'dodatkowo', 'mimo to', 'mimo tego', 'pomimo to', 'a jednak', 'zamiast tego', 'jednocześnie', 'zarazem', 'w tym samym czasie', 'tymczasem', 'z kolei', 'tym bardziej', 'dlatego', 'dlatego też', 'stąd', 'w związku z tym', 'w rezultacie', 'w efekcie', 'w wyniku tego', 'z tego powodu', 'z tej przyczyny', 'dzięki temu', 'przez to', 'w tym celu', 'w takim razie', 'w takim przypadku', 'w tym przypadku', 'w tych przypadkach', 'w obu przypadkach', 'w każdym razie', 'tak czy inaczej', 'w przeciwnym razie', 'inaczej', 'wtedy', 'wówczas', 'potem', 'następnie', 'później', 'po tym', 'przedtem', 'od tego czasu', 'do tego czasu', 'w tamtym czasie', 'w tym momencie', 'na przykład', 'przykładowo', 'w szczególności', 'zwłaszcza', 'czyli', 'innymi słowy', 'w rzeczywistości', 'w istocie', 'faktycznie', 'rzeczywiście', 'przeciwnie', 'z drugiej strony', 'podobnie', 'analogicznie', 'nawiasem mówiąc', 'po pierwsze', 'po drugie', 'po trzecie', 'wreszcie', 'w końcu'], concessive: ['oczywiście', 'owszem', 'wprawdzie', 'co prawda', 'niewątpliwie', 'rzeczywiście'], contrast: ['ale', 'jednak', 'natomiast', 'w rzeczywistości', 'tymczasem', 'przeciwnie'], detachable: ['jednak', 'jednakże', 'ponadto', 'poza tym', 'co więcej', 'dodatkowo', 'mimo to', 'przy tym', 'tymczasem', 'jednocześnie', 'zarazem', 'z drugiej strony', 'z kolei', 'innymi słowy', 'oczywiście', 'rzeczywiście', 'w rzeczywistości', 'w każdym razie', 'tak czy inaczej', 'na przykład', 'przykładowo', 'nawiasem mówiąc'], firstPerson: ['ja', 'mnie', 'mi', 'mną', 'mój', 'moja', 'moje', 'moi', 'mojego', 'mojej', 'mojemu', 'moim', 'moich', 'moją', 'moimi'], secondPerson: ['ty', 'ciebie', 'cię', 'tobie', 'tobą', 'twój', 'twoja', 'twoje', 'twoi', 'twojego', 'twojej', 'twoich', 'twoim', 'twoją', 'wy', 'was', 'wam', 'wami', 'wasz', 'wasza', 'wasze', 'wasi', 'waszego', 'waszej', 'waszych', 'waszym', 'waszą'], relative: ['który', 'która', 'które', 'którzy', 'którego', 'której', 'których', 'któremu', 'którym', 'którą', 'którymi', 'czyj', 'czyja', 'czyje'],
    demonstratives: ['ten', 'ta', 'to', 'te', 'ci', 'tego', 'tej', 'temu', 'tym', 'tę', 'tych', 'tymi'],
    deictic: ['rok', 'roku', 'tydzień', 'tygodniu', 'tygodnia', 'miesiąc', 'miesiącu', 'miesiąca', 'kwartał', 'kwartale', 'kwartału', 'półroczu', 'półrocza', 'wiek', 'wieku', 'dekada', 'dekadzie', 'dekady', 'weekend', 'weekendzie', 'dni', 'dzień', 'dniu', 'rano', 'wieczór', 'wieczorem', 'noc', 'nocy', 'lato', 'latem', 'lecie', 'zima', 'zimą', 'zimie', 'wiosna', 'wiosną', 'wiośnie', 'jesień', 'jesienią', 'sezon', 'sezonie', 'sezonu', 'razem', 'raz', 'artykuł', 'artykule', 'artykułu', 'tekst', 'tekście', 'tekstu', 'wpis', 'wpisie', 'wpisu', 'publikacja', 'publikacji', 'raport', 'raporcie', 'raportu', 'rozdział', 'rozdziale', 'książka', 'książce', 'książkę'],
    conclusive: ['w sumie', 'ostatecznie', 'w ostatecznym rozrachunku', 'w końcu', 'ogólnie', 'podsumowując', 'reasumując', 'krótko mówiąc', 'jednym słowem', 'na zakończenie', 'w konsekwencji', 'zatem', 'dlatego', 'trzeba', 'należy', 'musi', 'muszą', 'powinien', 'powinna', 'powinno', 'powinny', 'powinni', 'ważne', 'ważny', 'ważna', 'najważniejsze', 'kluczowy', 'kluczowa', 'kluczowe', 'kluczową', 'decydujący', 'decydująca', 'decydujące', 'istotne', 'pokazuje, że', 'pokazują, że', 'oznacza, że', 'dowodzi, że', 'świadczy o tym, że', 'oczywiste', 'jasne jest'], outlook: ['mógłby', 'mogłaby', 'mogłoby', 'mogliby', 'mogłyby', 'może doprowadzić', 'mogą doprowadzić', 'może stać się', 'mogą stać się', 'może okazać się', 'mogą okazać się', 'będzie mógł', 'będzie mogła', 'będą mogli', 'prawdopodobnie', 'najpewniej', 'oczekuje się', 'oczekuje', 'oczekują', 'spodziewa się', 'spodziewają się', 'przewiduje się', 'przewiduje', 'przewidują', 'prognoza', 'prognozy', 'prognozuje', 'prognozują', 'obawia się', 'obawiają się', 'obawy', 'obaw', 'boi się', 'boją się', 'ryzyko', 'ryzyka', 'ryzykuje', 'zagrożenie', 'zagrożenia', 'zagraża', 'grozi', 'grożą', 'zaniepokojony', 'zaniepokojona', 'zaniepokojeni', 'zaniepokojenie', 'przyszłość', 'w przyszłości', 'w perspektywie'], callsToAction: ['czytaj też', 'czytaj także', 'czytaj więcej', 'czytaj', 'przeczytaj', 'zobacz też', 'zobacz także', 'zobacz', 'sprawdź', 'więcej informacji', 'dowiedz się', 'zapisz się', 'zasubskrybuj', 'subskrybuj', 'pobierz', 'zarejestruj się', 'dołącz', 'śledź', 'obserwuj', 'przejdź', 'kliknij', 'wesprzyj', 'nie przegap'], acknowledgements: ['dziękujemy', 'dziękuję', 'podziękowania', 'serdeczne podziękowania', 'chcielibyśmy podziękować', 'chciałbym podziękować', 'chciałabym podziękować', 'chcemy podziękować', 'chcę podziękować'], noAnswer: ['odmówił komentarza', 'odmówiła komentarza', 'odmówili komentarza', 'odmówił komentowania', 'odmówiła komentowania', 'odmówili komentowania', 'nie chciał komentować', 'nie chciała komentować', 'nie chcieli komentować', 'nie odpowiedział na pytania', 'nie odpowiedziała na pytania', 'nie odpowiedzieli na pytania', 'nie odpowiedział na prośbę o komentarz', 'nie odpowiedziała na prośbę o komentarz', 'nie udało się uzyskać komentarza', 'nie udało nam się skontaktować', 'bez komentarza'], othersWords: ['odpowiedzi', 'komentarze', 'opinie', 'cytaty', 'wypowiedzi'], aboutTheText: ['w tym artykule', 'ten artykuł', 'w tym tekście', 'ten tekst', 'w tym wpisie', 'ten wpis', 'w tej publikacji', 'w tym raporcie', 'w tym rozdziale', 'w następnym rozdziale', 'w kolejnej części', 'na tej stronie', 'czytaj też', 'czytaj także', 'zobacz też', 'wyjaśniamy', 'tłumaczymy', 'sprawdzamy', 'zebraliśmy', 'oto co wiemy', 'oto kilka', 'poniżej przedstawiamy', 'poniżej znajdziesz', 'przedstawione poniżej', 'poniżej'], plans: ['zobaczmy', 'przyjrzyjmy się', 'sprawdźmy', 'spróbujmy', 'zastanówmy się', 'omówimy', 'przyjrzymy się'], subordinators: ['chociaż', 'choć', 'mimo że', 'pomimo że', 'ponieważ', 'bo', 'gdyż', 'jeśli', 'jeżeli', 'gdy', 'kiedy', 'aby', 'żeby', 'zanim', 'skoro', 'dopóki', 'jak tylko', 'po tym jak', 'podczas gdy'], articles: [], whereRelative: ['gdzie', 'dokąd', 'skąd'], contrastEnding: ['w przeciwieństwie do', 'inaczej niż', 'podczas gdy', 'mimo', 'pomimo', 'wbrew'], participleEndings: ['ący', 'ąca', 'ące', 'ących', 'ącym', 'ącego', 'ącej', 'ącą', 'ony', 'ona', 'one', 'onych', 'onym', 'onego', 'onej', 'oną', 'any', 'ana', 'ane', 'anych', 'anym', 'anego', 'anej', 'aną', 'ęty', 'ęta', 'ęte', 'ętych'], finiteVerbs: ['jest', 'są', 'był', 'była', 'było', 'byli', 'były', 'będzie', 'będą', 'ma', 'mają', 'miał', 'miała', 'miało', 'mieli', 'miały', 'może', 'mogą', 'mógł', 'mogła', 'mogli', 'musi', 'muszą', 'stał', 'stała', 'stało', 'stanowi', 'stanowią', 'wynosi', 'wynoszą', 'wyniósł', 'wyniosła', 'wyniosło', 'znajduje', 'znajdują'], finiteEndings: ['ał', 'ała', 'ało', 'ali', 'ały', 'ił', 'iła', 'iło', 'ili', 'iły', 'ył', 'yła', 'yło', 'yli', 'yły', 'ował', 'owała', 'owało', 'owali', 'uje', 'ują'],
  },
  figures: {
    cost: 'Koszt',
    upTo: 'do',
    costVerbs: ['kosztuje', 'kosztują', 'kosztował', 'kosztowała', 'kosztowało', 'kosztowały', 'kosztowali', 'kosztować', 'wartości', 'wydał', 'wydała', 'wydało', 'wydali', 'wydano', 'wydaje', 'wydają', 'przeznaczył', 'przeznaczyła', 'przeznaczyło', 'przeznaczyli', 'przeznaczono'], because: ['z powodu', 'w związku z', 'dzięki', 'ponieważ', 'bo', 'gdyż', 'wskutek', 'na skutek', 'z uwagi na', 'ze względu na', 'w wyniku'],
    units: ['km', 'kilometr', 'kilometry', 'kilometrów', 'm', 'metr', 'metry', 'metrów', 'mila', 'mile', 'mil', 'rok', 'lata', 'lat', 'miesiąc', 'miesiące', 'miesięcy', 'tydzień', 'tygodnie', 'tygodni', 'dzień', 'dni', 'godzina', 'godziny', 'godzin', 'minuta', 'minuty', 'minut', 'sekunda', 'sekundy', 'sekund', 'milisekund', 'tona', 'tony', 'ton', 'kg', 'kilogram', 'kilogramy', 'kilogramów', 'litr', 'litry', 'litrów', 'l', 'ha', 'hektar', 'hektary', 'hektarów', 'stopień', 'stopnie', 'stopni', 'raz', 'razy', 'bajt', 'bajty', 'bajtów', 'kilobajt', 'megabajt', 'gigabajt', 'terabajt'],
    among: ['w tym', 'spośród', 'z czego', 'wśród nich', 'wśród których', 'z których'],
    outOf: ['z'],
    below: ['poniżej', 'następujące', 'następująca', 'następujący'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['ale', 'i', 'a', 'lub', 'albo', 'także', 'również', 'jednak', 'jednakże', 'natomiast', 'ponadto', 'poza tym', 'co więcej', 'mimo to', 'przy tym', 'tymczasem', 'jednocześnie', 'z kolei', 'dlatego', 'zatem', 'więc', 'w rezultacie', 'w efekcie', 'na przykład', 'w szczególności', 'czyli', 'innymi słowy', 'w rzeczywistości', 'z drugiej strony', 'on', 'ona', 'oni', 'one', 'jego', 'jej', 'ich', 'to', 'te', 'ten', 'ta'],
    concluding: ['zakończenie', 'na zakończenie', 'podsumowanie', 'wnioski', 'wniosek', 'najważniejsze wnioski', 'konkluzja', 'konkluzje', 'w skrócie', 'najważniejsze', 'lekcje', 'czego się nauczyliśmy', 'perspektywy', 'co dalej', 'następne kroki', 'kolejne kroki'],
  },
} as const satisfies Locale
