/** Turkish. */
import type { Locale } from './types.ts'

// (Turkish writes "I" and "ı", "İ" and "i" as two letters each: every word here is in Turkish lower case, as
// toLocaleLowerCase('tr') gives it; a noun after a number stays singular, "4 bölüm", "3 tablo")

export const tr = {
  tag: 'tr',
  dir: 'ltr',
  slide: {
    agenda: 'İçerik',
    takeaways: 'Öne çıkanlar',
    outlook: 'İleriye bakış',
    people: 'Kim kimdir',
    sources: 'Kaynaklar',
    keyFigure: 'Kilit rakam',
    whatItCost: 'Ne kadara mal oldu',
    theFigures: 'Rakamlarla',
    // (after Intl's list: "Gelir, Reklam gösterimleri ve diğer 4 kalem")
    moreItems: (n) => `diğer ${n} kalem`,
    continued: ' (devam)',
    introduction: 'Giriş',
    // (the ordinal before the noun, as a book numbers its parts: "2. Bölüm")
    part: (n) => `${n}. Bölüm`,
    code: 'kod',
    formula: '[formül]',
    quote: 'Alıntı',
    amount: 'Tutar',
    count: 'Sayı',
    share: 'Pay',
    article: 'Makale',
    author: 'Yazar',
    issuedBy: 'Yayımlayan',
    published: 'Yayın tarihi',
    source: 'Kaynak',
    standardInput: 'standart girdi',
    colon: ': ',
    authorVoice: (author) => `— ${author} (makalenin yazarı)`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `Sunum, makalenin sırasını izleyen ${n} bölümden oluşuyor: ${items}.`,
    sources: 'Bu sunumdaki her madde makalenin kendi cümlelerinden alınmıştır; her slaydın notları, maddelerin alındığı bölümleri aynen aktarır.',
  },
  chart: {
    notStated: 'tutar belirtilmemiş',
    logScale: (r) => `logaritmik ölçek: en büyük tutar en küçüğün ${r} katı`,
    mixed: 'farklı para birimleri, dönüştürülmedi',
    columns: ['Kalem', 'Tutar', 'Not', 'Kaynak'],
    // (a qualifier stands before the amount: Turkish says "less than" and "more than" after it, "5 milyonun altında",
    // so these two are the signs a key figure shows too; "en fazla", "en az" and "yaklaşık" come first as in Turkish)
    qualifiers: { under: '<', over: '>', about: 'yaklaşık', 'up to': 'en fazla', 'at least': 'en az' },
    comparisons: [
      'geçen yılın aynı dönemine göre', 'geçen yılın aynı dönemine kıyasla', 'geçen yılın aynı dönemiyle karşılaştırıldığında', 'bir önceki yılın aynı dönemine göre', 'önceki yılın aynı dönemine göre',
      'geçen yılın aynı ayına göre', 'geçen yılın aynı çeyreğine göre', 'bir önceki yıla göre', 'önceki yıla göre', 'geçen yıla göre', 'geçen yıla kıyasla', 'yıllık bazda', 'yıllık olarak',
      'bir önceki çeyreğe göre', 'önceki çeyreğe göre', 'geçen çeyreğe göre', 'çeyreklik bazda', 'bir önceki aya göre', 'önceki aya göre', 'geçen aya göre', 'aylık bazda',
    ],
    // (the verb last, as Turkish says it: "Değişim (yıllık bazda): Gelir %27 arttı")
    changeTitle: (c, l) => (l ? `Değişim (${c}): ${l.label} ${l.amount} ${l.fell ? 'azaldı' : 'arttı'}` : `Değişim (${c})`),
    // (none: Turkish asks its question before the verb, "Katılımcılara hangi IDE'leri kullandıklarını sorduk")
    asked: { openings: [], questionWords: [] },
  },
  table: {
    table: 'Tablo',
    part: (r, R, c, C) => (r < R && c < C ? 'seçilen satırlar ve sütunlar' : r < R ? 'seçilen satırlar' : c < C ? 'seçilen sütunlar' : 'tüm satırlar'),
    leftOut: (n, shown) => `Makaledeki tablolardan ${n} tanesi slaytlarda yer almıyor${shown > 0 ? `: sunum, metnin en çok değindiği ${shown} tabloyu gösteriyor` : ''}`,
    // (a header is a name, which takes no case ending here: "«Eyalet» sütununa göre")
    largest: (r, R, col) => `«${col}» sütununa göre ${R} satırın en büyük ${r} tanesi, büyükten küçüğe`,
    by: (v, r) => `${r} bazında ${v}`,
    byPair: (v, r, s) => `${r} ve ${s} bazında ${v}`,
    glance: (h) => `${h}: genel bakış`,
    noHeader: '(başlık yok)',
  },
  bars: {
    // (not "4 değerli …", which reads as "valuable")
    chartOf: (n) => `Çubuk grafik: ${n} değer`,
    columns: ['Kalem', 'Değer'],
  },
  // “…”, the marks of Turkish print (news sites often write straight "…")
  quote: { marks: { open: '“', close: '”' }, paraphrased: 'dolaylı aktarım' },
  handout: {
    titleSuffix: ' (katılımcı notu)',
    slideOf: (n, total, title) => `Slayt ${n}/${total}: ${title}`,
    pageOf: (page, total) => `Sayfa ${page}/${total}`,
  },
  // (the origin with "kaynağından", which takes the case ending a name would want)
  info: (origin) => `deckwright ile ${origin} kaynağından oluşturuldu.`,
  speech: {
    // (every locale's verbs are read in every text: none here is a word of another language; not "der", the aorist "says",
    // German's article, nor "demiş" alone; Turkish writes its verb after the quotation and the speaker before it,
    // Uraloğlu, “…” dedi, so these read an inverted order, “…” dedi Uraloğlu, and paraphrases)
    verbs: [
      'dedi', 'diyor', 'demişti', 'söyledi', 'söylüyor', 'söylemişti', 'belirtti', 'belirtiyor', 'belirtmişti', 'ifade etti', 'ifade ediyor', 'kaydetti', 'kaydediyor',
      'vurguladı', 'vurguluyor', 'açıkladı', 'açıklıyor', 'bildirdi', 'bildiriyor', 'aktardı', 'aktarıyor', 'anlattı', 'anlatıyor', 'dile getirdi', 'ekledi', 'uyardı', 'uyarıyor',
      'hatırlattı', 'değerlendirdi', 'yorumladı', 'savundu', 'savunuyor', 'iddia etti', 'öne sürdü', 'dikkat çekti', 'altını çizdi', 'yanıtladı', 'yanıt verdi', 'cevap verdi',
      'duyurdu', 'yazdı', 'itiraf etti', 'eleştirdi', 'söz verdi', 'vaat etti', 'şikayet etti', 'sordu', 'seslendi', 'konuştu', 'diye konuştu', 'ifadelerini kullandı', 'ifadesini kullandı',
      'açıklamasında bulundu', 'değerlendirmesinde bulundu', 'şunları söyledi', 'şunları kaydetti', 'şöyle konuştu', 'sözlerine ekledi', 'sözlerini şöyle sürdürdü',
    ],
    // (a postposition after the name in the dative, "Uraloğlu'na göre")
    according: ['göre'],
    // (openings whose demonstrative points nowhere back: times told from now, "Bu yıl …", "Bu hafta …")
    impersonal: ['bu yıl', 'bu yılın', 'bu yıla', 'bu hafta', 'bu haftanın', 'bu hafta sonu', 'bu ay', 'bu ayın', 'bu sabah', 'bu akşam', 'bu gece', 'bu yaz', 'bu kış', 'bu bahar', 'bu sonbahar', 'bu sezon', 'bu çeyrekte', 'bu yüzyılda', 'bu günlerde', 'bu noktada'],
    // (the clitic "de", "da" written apart: "Toplam satışlardaki payı da …"; not "dahi", "bile", "even")
    additive: ['da', 'de', 'ayrıca'],
    // ("hem … hem de", "ya da", "ne … ne de", "olarak da bilinen", "sadece … değil … de")
    additiveHeld: ['hem', 'ya', 'ne', 've', 'ki', 'değil', 'sadece', 'yalnızca', 'yalnız', 'bile', 'olarak', 'bilinen', 'bilinir', 'anılan', 'adlandırılan'],
    additiveLast: [],
    deicticLast: ['orada', 'oraya', 'oradan', 'böyle', 'öyle', 'böylece'],
    // (not "şu", which points ahead, "şunları söyledi"; a pronoun with its case ending is a word of its own)
    backReference: [
      'o', 'onun', 'ona', 'onu', 'ondan', 'onda', 'onlar', 'onların', 'onlara', 'onları', 'onlardan', 'onlarda', 'kendisi', 'kendisine', 'kendisinin',
      'bu', 'bunun', 'buna', 'bunu', 'bundan', 'bunda', 'bunlar', 'bunların', 'bunlara', 'bunları', 'bunlardan', 'böyle', 'böylesi', 'böyle bir', 'söz konusu', 'sözü edilen', 'adı geçen', 'her ikisi', 'ikisi de', 'diğerleri', 'öteki', 'ötekiler',
      'ama', 'fakat', 'ancak', 'lakin', 'ne var ki', 've', 'veya', 'ya da', 'yahut', 'yani', 'zira', 'çünkü', 'ayrıca', 'üstelik', 'dahası', 'hatta', 'kaldı ki', 'nitekim',
      'bunun yanı sıra', 'bunun yanında', 'bununla birlikte', 'buna ek olarak', 'bunun dışında', 'buna rağmen', 'buna karşın', 'buna karşılık', 'yine de', 'gene de', 'öte yandan', 'diğer yandan', 'aksine', 'tam tersine',
      'bu nedenle', 'bu yüzden', 'bu sebeple', 'bu sebepten', 'bundan dolayı', 'bu doğrultuda', 'bu kapsamda', 'bu çerçevede', 'bu bağlamda', 'bu durumda', 'böyle bir durumda', 'her iki durumda', 'dolayısıyla', 'böylece', 'böylelikle', 'sonuç olarak', 'bunun sonucunda', 'bu sayede',
      'bu arada', 'bu sırada', 'o sırada', 'o zaman', 'o dönemde', 'o tarihte', 'o tarihten bu yana', 'o günden bu yana', 'bundan sonra', 'bunun ardından', 'ardından', 'daha sonra', 'sonrasında', 'sonra', 'bunun üzerine', 'bunun için', 'bu amaçla',
      'aynı şekilde', 'benzer şekilde', 'aynı zamanda', 'aslında', 'gerçekte', 'örneğin', 'mesela', 'özellikle', 'burada', 'orada', 'ikincisi', 'üçüncüsü', 'son olarak',
    ],
    concessive: ['gerçi', 'her ne kadar', 'elbette', 'tabii ki', 'kuşkusuz', 'şüphesiz', 'kuşkusuz ki'],
    contrast: ['ama', 'fakat', 'ancak', 'lakin', 'aslında', 'gerçekte', 'tam tersine', 'aksine', 'oysa', 'oysaki', 'halbuki'],
    // (Turkish puts no verb right after a connective: the clause left opens on its subject, "Öte yandan bakanlık …" → "Bakanlık …")
    detachable: ['ancak', 'ayrıca', 'üstelik', 'dahası', 'bununla birlikte', 'buna rağmen', 'bunun yanı sıra', 'bunun yanında', 'öte yandan', 'diğer yandan', 'yine de', 'aslında', 'elbette', 'nitekim', 'bu arada', 'aynı zamanda', 'kuşkusuz', 'şüphesiz'],
    // (Turkish leaves its pronoun out, the verb's ending says it: only the words of "ben")
    firstPerson: ['ben', 'beni', 'bana', 'benim', 'benden', 'bende', 'bence', 'kendim', 'kendimi', 'kendime'],
    // (not "size", "to you", also English "size": every locale's words are read in every language's interview headings)
    secondPerson: ['sen', 'seni', 'sana', 'senin', 'senden', 'sende', 'siz', 'sizi', 'sizin', 'sizden', 'sizde', 'sizce', 'kendiniz', 'kendinizi'],
    // (none: Turkish makes a relative clause with a participle, "satılan araçlar")
    relative: [],
    demonstratives: ['bu', 'şu', 'o'],
    // (as they follow "bu", "o", with their case endings: "bu yıl", "bu yılın", "o dönemde", "bu haberde")
    deictic: ['yıl', 'yılın', 'yıla', 'yılki', 'yıldan', 'hafta', 'haftanın', 'haftaki', 'ay', 'ayın', 'ayki', 'sabah', 'akşam', 'gece', 'yaz', 'kış', 'bahar', 'sonbahar', 'sezon', 'sezonun', 'dönem', 'dönemin', 'çeyrek', 'çeyrekte', 'yüzyıl', 'yüzyılda', 'gün', 'günlerde', 'an', 'anda', 'kez', 'defa', 'sefer', 'makale', 'makalede', 'yazı', 'yazıda', 'yazımızda', 'haber', 'haberde', 'haberimizde', 'rapor', 'raporda', 'bölüm', 'bölümde', 'kitap', 'kitapta', 'sayfa', 'sayfada', 'içerik', 'içerikte'],
    conclusive: ['sonuç olarak', 'kısacası', 'özetle', 'nihayetinde', 'sonuçta', 'dolayısıyla', 'bu nedenle', 'bu yüzden', 'gerekiyor', 'gerekir', 'gerekmektedir', 'şart', 'zorunda', 'zorunlu', 'önemli', 'büyük önem', 'kritik', 'hayati', 'kilit', 'olmalı', 'olmalıdır', 'yapılmalı', 'edilmeli', 'alınmalı', 'gösteriyor ki', 'gösteriyor', 'anlamına geliyor', 'işaret ediyor', 'açıkça', 'belli ki', 'açık ki'],
    outlook: ['olabilir', 'olabileceği', 'olabileceğini', 'yol açabilir', 'bekleniyor', 'beklenen', 'beklentisi', 'beklentiler', 'öngörülüyor', 'öngörüyor', 'tahmin ediliyor', 'tahmin ediyor', 'muhtemelen', 'büyük ihtimalle', 'endişe', 'endişesi', 'endişeli', 'endişeler', 'kaygı', 'kaygısı', 'korku', 'korkusu', 'korkuyor', 'risk', 'riski', 'riskler', 'tehdit', 'tehdidi', 'tehlike', 'tehlikesi', 'gelecek', 'gelecekte', 'geleceği', 'önümüzdeki', 'önümüzdeki yıllarda', 'yakında', 'planlanıyor', 'hedefleniyor', 'hedefliyor'],
    callsToAction: ['tıklayın', 'tıkla', 'abone olun', 'abone ol', 'abonelik için', 'bizi takip edin', 'takip edin', 'okumaya devam', 'devamını oku', 'haberin devamı', 'detaylı bilgi için', 'daha fazla bilgi için', 'ilgili haber', 'ilgili haberler', 'indirin', 'kaydolun', 'üye olun', 'destek olun', 'paylaşın', 'kaçırmayın'],
    // (not "teşekkür etti", which reports that someone thanked someone)
    acknowledgements: ['teşekkür ederiz', 'teşekkür ederim', 'teşekkürlerimizi sunarız', 'teşekkürü borç biliriz', 'katkılarından dolayı', 'okuduğunuz için teşekkürler', 'teşekkürlerimizle'],
    // (not "yanıt vermedi" alone: a tumour "tedaviye yanıt vermedi" either; not "ulaşılamadı" alone, "hedefe ulaşılamadı")
    noAnswer: ['yorum yapmaktan kaçındı', 'yorum yapmadı', 'yorum yapmak istemedi', 'açıklama yapmaktan kaçındı', 'açıklama yapmak istemedi', 'sorulara yanıt vermedi', 'sorularımıza yanıt vermedi', 'sorulara cevap vermedi', 'yorum talebine yanıt vermedi', 'yorum talebimize yanıt vermedi', 'yorum için ulaşılamadı', 'kendisine ulaşılamadı'],
    othersWords: ['yanıtlar', 'cevaplar', 'yorumlar', 'görüşler', 'tepkiler', 'alıntılar', 'değerlendirmeler', 'söyledikleri', 'anlattıkları'],
    // (the news agency's notice under every story, "… haberler, özetlenerek yayımlanmaktadır", speaks of the text itself)
    aboutTheText: ['bu haberde', 'bu yazıda', 'bu makalede', 'bu yazımızda', 'bu içerikte', 'bu rehberde', 'haberimizde', 'yazımızda', 'aşağıda', 'aşağıdaki', 'işte detaylar', 'işte ayrıntılar', 'detaylar haberimizde', 'haberin devamı', 'devamı için', 'ilgili haber', 'okumaya devam edin', 'tıklayın', 'lütfen', 'özetlenerek yayımlanmaktadır', 'abonelik için', 'okuduğunuz için teşekkürler'],
    plans: ['gelin', 'haydi', 'hadi', 'bakalım', 'inceleyelim', 'göz atalım', 'ele alalım', 'ele alacağız', 'inceleyeceğiz'],
    // (Turkish subordinates with suffixes; these are the words that open a clause alone, "Çünkü …")
    subordinators: ['çünkü', 'zira', 'eğer', 'şayet', 'madem', 'mademki', 'her ne kadar'],
    // (Turkish has no articles, and puts an apposition before the name: "Bakan Uraloğlu")
    articles: [],
    whereRelative: [],
    contrastEnding: ['oysa', 'oysaki', 'halbuki', 'buna karşın'],
    // (none: a converb ends its phrase, "… belirterek,", it does not open it)
    participleEndings: [],
    // (none: with no relative words, no relative clause is cut)
    finiteVerbs: [],
    finiteEndings: [],
  },
  figures: {
    cost: 'Maliyet',
    upTo: 'en fazla',
    // (the nouns before an amount, "maliyeti 5 milyon lira", and the verbs after it, "5 milyon liraya mal oldu")
    costVerbs: ['maliyeti', 'maliyetle', 'maliyetli', 'maliyetinde', 'bedeli', 'bedelle', 'mal oldu', 'mal olan', 'mal olacak', 'mal olması', 'harcadı', 'harcayarak', 'harcandı', 'harcama', 'harcaması', 'harcamaları', 'ödedi', 'ödeyerek', 'ödendi', 'yatırım yaptı', 'yatırımla', 'değerinde', 'değerindeki', 'tutarında', 'fiyatı', 'fiyatıyla'],
    because: ['çünkü', 'zira', 'bunun nedeni', 'bunun sebebi', 'nedeniyle', 'sebebiyle', 'yüzünden', 'sayesinde', 'dolayı'],
    // (with the endings a measure takes after its number: "5 yılda", "27 kilometrelik", "63 yaşında")
    units: ['km', 'kilometre', 'kilometrelik', 'metre', 'metrelik', 'm', 'cm', 'mm', 'mil', 'yıl', 'yılda', 'yıldır', 'yıllık', 'ay', 'ayda', 'aydır', 'aylık', 'hafta', 'haftada', 'haftalık', 'gün', 'günde', 'gündür', 'günlük', 'saat', 'saatte', 'saatlik', 'dakika', 'dakikada', 'saniye', 'milisaniye', 'ton', 'tonluk', 'kilogram', 'kilo', 'kg', 'gram', 'litre', 'hektar', 'dönüm', 'derece', 'kat', 'kez', 'defa', 'yaş', 'yaşında', 'yaşındaki', 'bayt', 'kilobayt', 'megabayt', 'gigabayt', 'terabayt'],
    among: ['aralarında', 'bunlardan', 'bunların', 'içlerinde', 'bunun', 'dahil', 'olmak üzere'],
    // (Turkish gives the whole with a case ending, "(288'den)"; this is the word it may write instead)
    outOf: ['toplam'],
    below: ['aşağıda', 'aşağıdaki', 'şöyle', 'şu şekilde', 'şöyledir', 'şunlardır'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['ama', 'fakat', 'ancak', 'lakin', 've', 'veya', 'ya da', 'yani', 'ayrıca', 'üstelik', 'dahası', 'hatta', 'bunun yanı sıra', 'bunun yanında', 'bununla birlikte', 'buna rağmen', 'yine de', 'öte yandan', 'diğer yandan', 'bu nedenle', 'bu yüzden', 'bu sebeple', 'dolayısıyla', 'böylece', 'örneğin', 'mesela', 'aslında', 'bu', 'bunun', 'buna', 'bunu', 'bunlar', 'o', 'onun', 'onlar', 'onların', 'söz konusu'],
    concluding: ['sonuç', 'sonuçlar', 'sonuç olarak', 'sonuç ve öneriler', 'sonuç ve değerlendirme', 'özet', 'özetle', 'değerlendirme', 'genel değerlendirme', 'son söz', 'son sözler', 'kapanış', 'çıkarımlar', 'çıkarılan dersler', 'alınan dersler', 'öne çıkanlar', 'ileriye bakış', 'sonraki adımlar', 'gelecek adımlar', 'bundan sonra ne olacak', 'sırada ne var'],
  },
} as const satisfies Locale
