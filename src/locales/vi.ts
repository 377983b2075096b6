/** Vietnamese. */
import type { Locale } from './types.ts'

// (Vietnamese writes a space between the syllables of a word: "tuy nhiên" is one word to a reader and two to these
// lists, which match it as a phrase; a noun after a number needs no classifier when it is a unit of its own, "3 bảng", "4 phần")

/**
 * A pronoun of a person opening a sentence with its verb: "Ông cho biết …", "Bà đã …" stand for
 * someone named before. Not the pronoun alone: it is also the title before a name, "Ông Nguyễn
 * Văn An cho biết …", and "Anh" is also England.
 */
const PERSON_WITH_VERB = ['ông', 'bà', 'anh', 'chị', 'cô', 'em', 'cậu', 'cháu', 'bé'].flatMap((who) =>
  [
    'cho biết', 'cho hay', 'cho rằng', 'nói', 'kể', 'chia sẻ', 'nghĩ', 'thấy', 'nhớ', 'là', 'đã', 'đang', 'sẽ', 'vừa', 'mới', 'không', 'chưa', 'cũng', 'vẫn', 'còn', 'có', 'được', 'bị',
    'từng', 'muốn', 'cần', 'phải', 'rất', 'luôn', 'thường', 'liền', 'lập tức', 'bắt đầu', 'quyết định', 'tiếp tục', 'ấy', 'này', 'ta',
  ].map((verb) => `${who} ${verb}`),
)

export const vi = {
  tag: 'vi',
  dir: 'ltr',
  slide: {
    agenda: 'Nội dung',
    takeaways: 'Những điểm chính',
    outlook: 'Triển vọng',
    people: 'Nhân vật',
    sources: 'Nguồn tham khảo',
    keyFigure: 'Con số nổi bật',
    whatItCost: 'Chi phí bao nhiêu',
    theFigures: 'Các con số',
    // (after Intl's list: "Doanh thu, Lượt hiển thị quảng cáo và 4 mục khác")
    moreItems: (n) => `${n} mục khác`,
    continued: ' (tiếp)',
    introduction: 'Mở đầu',
    part: (n) => `Phần ${n}`,
    code: 'mã nguồn',
    formula: '[công thức]',
    quote: 'Trích dẫn',
    amount: 'Số tiền',
    count: 'Số lượng',
    share: 'Tỷ lệ',
    article: 'Bài viết',
    author: 'Tác giả',
    issuedBy: 'Đơn vị phát hành',
    published: 'Ngày đăng',
    source: 'Nguồn',
    standardInput: 'đầu vào chuẩn',
    colon: ': ',
    authorVoice: (author) => `— ${author}, tác giả bài viết`,
    issuerVoice: (issuer) => `— ${issuer}`,
    speakerVoice: (speaker) => `— ${speaker}`,
  },
  notes: {
    agenda: (n, items) => `Bài trình bày đi theo bài viết qua ${n} phần: ${items}.`,
    sources: 'Mỗi ý trong bài trình bày đều được lấy từ chính các câu trong bài viết; phần ghi chú của từng trang chiếu trích nguyên văn những đoạn làm nguồn cho trang đó.',
  },
  chart: {
    notStated: 'không nêu số tiền',
    logScale: (r) => `thang logarit: số tiền lớn nhất gấp ${r} lần số tiền nhỏ nhất`,
    mixed: 'nhiều loại tiền tệ, chưa quy đổi',
    columns: ['Hạng mục', 'Số tiền', 'Ghi chú', 'Nguồn'],
    qualifiers: { under: 'dưới', over: 'trên', about: 'khoảng', 'up to': 'lên đến', 'at least': 'ít nhất' },
    comparisons: [
      'so với cùng kỳ năm trước', 'so với cùng kỳ năm ngoái', 'so với cùng kỳ', 'so với năm trước', 'so với năm ngoái', 'so với một năm trước',
      'so với quý trước', 'so với quý liền trước', 'so với cùng quý năm trước', 'so với tháng trước', 'so với tháng liền trước', 'so với cùng tháng năm trước',
    ],
    changeTitle: (c, l) => (l ? `Thay đổi ${c}: ${l.label} ${l.fell ? 'giảm' : 'tăng'} ${l.amount}` : `Thay đổi ${c}`),
    // (a question word opens the question only in some questions: "Chúng tôi hỏi liệu …", "… bao nhiêu …"; the longer openings first)
    asked: {
      openings: ['chúng tôi cũng đã hỏi', 'chúng tôi cũng hỏi', 'chúng tôi còn hỏi', 'chúng tôi đã hỏi', 'chúng tôi hỏi', 'người tham gia được hỏi', 'người trả lời được hỏi', 'người dùng được hỏi', 'người được khảo sát được hỏi'],
      questionWords: ['liệu', 'tại sao', 'vì sao', 'bao nhiêu', 'làm thế nào', 'làm sao', 'như thế nào', 'ai', 'khi nào', 'ở đâu', 'điều gì', 'những gì', 'cái gì', 'loại nào', 'công cụ nào'],
    },
  },
  table: {
    table: 'Bảng',
    part: (r, R, c, C) => (r < R && c < C ? 'một số hàng và cột được chọn' : r < R ? 'một số hàng được chọn' : c < C ? 'một số cột được chọn' : 'tất cả các hàng'),
    leftOut: (n, shown) => `${n} bảng trong bài viết không có trên trang chiếu${shown > 0 ? `: bài trình bày chỉ hiển thị ${shown} bảng được nhắc đến nhiều nhất` : ''}`,
    largest: (r, R, col) => `${r} hàng lớn nhất trong ${R} hàng theo ${col}, từ lớn đến nhỏ`,
    by: (v, r) => `${v} theo ${r}`,
    byPair: (v, r, s) => `${v} theo ${r} và ${s}`,
    glance: (h) => `Tổng quan về ${h}`,
    noHeader: '(không có tiêu đề)',
  },
  bars: {
    chartOf: (n) => `Biểu đồ cột gồm ${n} giá trị`,
    columns: ['Hạng mục', 'Giá trị'],
  },
  quote: { marks: { open: '“', close: '”' }, paraphrased: 'thuật lại' },
  handout: {
    titleSuffix: ' (tài liệu phát tay)',
    slideOf: (n, total, title) => `Trang chiếu ${n}/${total}: ${title}`,
    pageOf: (page, total) => `Trang ${page}/${total}`,
  },
  info: (origin) => `Tạo bằng deckwright từ ${origin}.`,
  speech: {
    // (every locale's verbs are read in every text: none here is a word of another language, "than" is English; not "kể"
    // alone, also in "đáng kể", "kể cả"; not "thông tin", "đánh giá", also "information", "assessment"; not "hỏi", "viết",
    // "trả lời", whose nouns a capital opens before a quotation, "Câu hỏi: …", "Bài viết …", read as a speaker and a verb)
    verbs: [
      'cho biết', 'cho biết thêm', 'cho hay', 'nói', 'nói thêm', 'chia sẻ', 'khẳng định', 'nhấn mạnh', 'cho rằng', 'nhận định', 'nhận xét', 'giải thích', 'lý giải', 'bày tỏ', 'tiết lộ',
      'phát biểu', 'kể lại', 'nhớ lại', 'tâm sự', 'thừa nhận', 'cảnh báo', 'khuyến cáo', 'lưu ý', 'nêu rõ', 'bình luận', 'phân tích', 'tuyên bố', 'kêu gọi',
      'thông báo', 'xác nhận', 'phủ nhận', 'bác bỏ', 'trao đổi', 'đề xuất', 'kiến nghị', 'hứa',
    ],
    // (before the name, "Theo bác sĩ Hồng, …")
    according: ['theo'],
    // (a "chúng" that is "we": "Chúng tôi …", "Chúng ta …"; the "chúng" of "they" points back)
    impersonal: ['chúng tôi', 'chúng ta', 'chúng mình', 'chúng em', 'chúng con', 'chúng cháu', 'chúng tớ', 'đây là lần đầu tiên', 'hiện nay', 'hiện tại'],
    additive: ['cũng'],
    // ("cũng như" is "as well as"; "ai cũng", "nào cũng", "gì cũng" are "everyone", "every", "anything"; "cũng vậy", "cũng thế" "likewise")
    additiveHeld: ['như', 'vậy', 'thế', 'được', 'ai', 'nào', 'gì', 'đâu', 'dù', 'mấy', 'đều', 'mà', 'chỉ', 'không', 'những'],
    additiveLast: [],
    deicticLast: ['đó', 'đấy', 'vậy', 'thế', 'kia'],
    // (not "ông", "bà" alone: PERSON_WITH_VERB; not "còn", "Còn nhiều …", nor "hay" alone, also "good"; "theo đó", not "theo")
    backReference: [
      ...PERSON_WITH_VERB, 'họ', 'nó', 'chúng', 'ông ấy', 'bà ấy', 'anh ấy', 'chị ấy', 'cô ấy', 'người này', 'người đó', 'đây', 'đó', 'điều này', 'điều đó', 'việc này', 'việc đó', 'chuyện này', 'chuyện đó', 'những điều này', 'các yếu tố này', 'cả hai', 'trường hợp này',
      'nhưng', 'song', 'tuy nhiên', 'thế nhưng', 'và', 'hoặc', 'hay là', 'cũng', 'vì vậy', 'vì thế', 'do đó', 'do vậy', 'bởi vậy', 'vậy nên', 'cho nên', 'thế nên', 'dù vậy', 'dù thế', 'mặc dù vậy', 'tuy vậy', 'tuy thế',
      'ngoài ra', 'bên cạnh đó', 'thêm vào đó', 'hơn nữa', 'không những thế', 'không chỉ vậy', 'đồng thời', 'trong khi đó', 'cùng lúc đó', 'sau đó', 'trước đó', 'từ đó', 'khi đó', 'lúc đó', 'lúc ấy', 'khi ấy', 'hồi đó',
      'tại đây', 'ở đây', 'ở đó', 'tại đó', 'theo đó', 'nhờ đó', 'nhờ vậy', 'qua đó', 'vì thế mà', 'kết quả là', 'trên thực tế', 'thực tế', 'thật ra', 'thực ra', 'ví dụ', 'chẳng hạn', 'cụ thể', 'đặc biệt', 'nói cách khác',
      'ngược lại', 'trái lại', 'mặt khác', 'tương tự', 'tương tự như vậy', 'trong trường hợp này', 'trong trường hợp đó', 'thứ hai', 'thứ ba', 'cuối cùng', 'tiếp đó', 'kế đó', 'tiếp theo', 'sau cùng',
    ],
    concessive: ['mặc dù', 'tuy rằng', 'dẫu rằng', 'dù rằng', 'tất nhiên', 'dĩ nhiên', 'không chỉ', 'không những'],
    contrast: ['nhưng', 'song', 'thế nhưng', 'tuy nhiên', 'trên thực tế', 'thực ra', 'thật ra', 'ngược lại', 'trái lại'],
    // (not "thực tế" without "trên", which also opens "Thực tế cho thấy …", "reality shows")
    detachable: ['tuy nhiên', 'ngoài ra', 'bên cạnh đó', 'hơn nữa', 'thêm vào đó', 'mặt khác', 'trong khi đó', 'dù vậy', 'tuy vậy', 'mặc dù vậy', 'trên thực tế', 'nói cách khác', 'tất nhiên', 'dĩ nhiên', 'đồng thời'],
    // (not "mình", also "oneself", "của mình"; "tôi" of "chúng tôi" is "we", which stand-alone.ts leaves aside)
    firstPerson: ['tôi', 'tui', 'tớ'],
    secondPerson: ['bạn'],
    // (none: a Vietnamese relative clause needs no word, or "mà", also "but")
    relative: [],
    // (after the noun: "căn bệnh này", "ông ấy"; not "đó", also "trong đó", "among which")
    demonstratives: ['này', 'ấy', 'nọ'],
    // (none: the noun comes before the demonstrative, "năm này", where no word after it can say it is a time)
    deictic: [],
    conclusive: ['tóm lại', 'nói tóm lại', 'tựu trung', 'nhìn chung', 'rốt cuộc', 'kết quả là', 'vì vậy', 'do đó', 'cần', 'cần phải', 'phải', 'nên', 'quan trọng', 'rất quan trọng', 'then chốt', 'cốt lõi', 'thiết yếu', 'cho thấy', 'chứng tỏ', 'có nghĩa là', 'rõ ràng', 'bài học'],
    // (not "sẽ", the future of every plan)
    outlook: ['có thể', 'có khả năng', 'dự kiến', 'dự báo', 'kỳ vọng', 'được kỳ vọng', 'lo ngại', 'lo lắng', 'e ngại', 'nguy cơ', 'rủi ro', 'đe dọa', 'mối đe dọa', 'tương lai', 'trong tương lai', 'sắp tới', 'thời gian tới', 'những năm tới', 'triển vọng'],
    // (not a bare "theo dõi", also "monitor", "Theo dõi huyết áp …", nor "đăng ký", "hãy": a doctor's advice opens so too)
    callsToAction: ['xem thêm', 'đọc thêm', 'mời bạn đọc', 'mời độc giả', 'mời quý độc giả', 'đăng ký nhận', 'đăng ký theo dõi', 'đăng ký ngay', 'tải ứng dụng', 'tải về', 'nhấn vào', 'bấm vào', 'nhấp vào', 'click vào', 'theo dõi chúng tôi', 'theo dõi kênh', 'theo dõi fanpage', 'ủng hộ chúng tôi', 'chia sẻ bài viết', 'gửi câu hỏi', 'độc giả gửi câu hỏi', 'bạn đọc gửi câu hỏi'],
    // (not a bare "cảm ơn": "ông cảm ơn bác sĩ" reports the story)
    acknowledgements: ['xin cảm ơn', 'chân thành cảm ơn', 'trân trọng cảm ơn', 'xin gửi lời cảm ơn', 'gửi lời cảm ơn', 'cảm ơn bạn đã đọc', 'cảm ơn quý độc giả', 'cảm ơn các bạn đã theo dõi'],
    // (not "không phản hồi" alone: a tumour "không đáp ứng" the drug, and a letter may go unanswered in the story)
    noAnswer: ['từ chối bình luận', 'từ chối trả lời', 'từ chối đưa ra bình luận', 'từ chối đưa ra ý kiến', 'từ chối trả lời phỏng vấn', 'miễn bình luận', 'không bình luận', 'chưa phản hồi yêu cầu', 'không phản hồi yêu cầu', 'chưa phản hồi câu hỏi', 'không phản hồi câu hỏi', 'chưa phản hồi đề nghị', 'chưa thể liên lạc', 'không thể liên lạc', 'không liên lạc được'],
    othersWords: ['ý kiến', 'phản hồi', 'bình luận', 'câu trả lời', 'chia sẻ', 'trích dẫn', 'nhận xét', 'cảm nhận', 'tâm sự'],
    aboutTheText: ['bài viết này', 'trong bài viết này', 'bài viết dưới đây', 'dưới đây', 'sau đây', 'như sau', 'xem thêm', 'đọc thêm', 'mời bạn đọc', 'mời độc giả', 'độc giả gửi câu hỏi', 'bạn đọc gửi câu hỏi', 'gửi câu hỏi', 'tại đây', 'nhấn vào', 'bấm vào', 'cảm ơn bạn đã đọc', 'theo dõi chúng tôi'],
    plans: ['hãy cùng', 'cùng tìm hiểu', 'cùng xem', 'chúng ta hãy', 'hãy xem', 'hãy tìm hiểu', 'chúng ta sẽ cùng', 'chúng tôi sẽ giới thiệu'],
    // (not "vì", "nếu", "khi" alone: Vietnamese sets "nên", "thì" where another language sets a comma, "Vì trời mưa nên …",
    // a sentence of its own; not "tuy", "dù", which open "tuy nhiên", "dù vậy")
    subordinators: ['mặc dù', 'bởi vì', 'tuy rằng', 'dù cho', 'dẫu cho', 'trong khi', 'sau khi', 'trước khi', 'cho đến khi', 'miễn là', 'nếu như', 'giả sử', 'giá như'],
    // (no articles: the words before a noun that an apposition opens on, "Bà Lan, một giáo viên ở Hà Nội, cho biết …")
    articles: ['một', 'các', 'những', 'người'],
    whereRelative: ['nơi', 'là nơi'],
    contrastEnding: ['khác với', 'trái với', 'so với', 'trong khi', 'không giống như', 'bất chấp', 'giống như'],
    participleEndings: [],
    finiteVerbs: [],
    finiteEndings: [],
  },
  figures: {
    cost: 'Chi phí',
    upTo: 'tối đa',
    // (not a bare "chi", also in "chi tiết", "detail", nor "giá", also in "đánh giá", "assessment")
    costVerbs: ['chi phí', 'chi tiêu', 'chi trả', 'chi ra', 'chi(?=\\s+(?:khoảng|gần|hơn|tới|đến|thêm|\\d))', 'tốn', 'tiêu tốn', 'tốn kém', 'bỏ ra', 'đầu tư', 'thanh toán', 'kinh phí', 'trị giá', 'có giá', 'với giá', 'giá bán', 'giá trị'],
    because: ['do', 'vì', 'bởi', 'bởi vì', 'nhờ', 'nhờ vào', 'chủ yếu do', 'nguyên nhân là', 'xuất phát từ'],
    units: ['km', 'cây số', 'ki-lô-mét', 'mét', 'm', 'cm', 'mm', 'năm', 'tháng', 'tuần', 'ngày', 'giờ', 'tiếng', 'phút', 'giây', 'mili giây', 'tấn', 'kg', 'ký', 'kilogam', 'gam', 'g', 'lít', 'ha', 'héc-ta', 'hecta', 'độ', 'lần', 'tuổi', 'byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'],
    among: ['trong đó', 'trong số đó', 'trong số này', 'bao gồm', 'gồm', 'kể cả'],
    outOf: ['trên', 'trong số', 'trong tổng số'],
    below: ['dưới đây', 'sau đây', 'như sau', 'bảng sau', 'bảng dưới'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    // (not "ông", "bà": a new speaker opens "Ông Nguyễn Văn An, …")
    continuation: ['nhưng', 'tuy nhiên', 'song', 'và', 'hoặc', 'ngoài ra', 'bên cạnh đó', 'hơn nữa', 'thêm vào đó', 'đồng thời', 'vì vậy', 'vì thế', 'do đó', 'do vậy', 'bởi vậy', 'cho nên', 'thế nhưng', 'dù vậy', 'tuy vậy', 'mặc dù vậy', 'trong khi đó', 'sau đó', 'theo đó', 'ví dụ', 'chẳng hạn', 'nói cách khác', 'ngược lại', 'mặt khác', 'trên thực tế', 'thực ra', 'họ', 'nó', 'đây', 'đó', 'điều này', 'điều đó'],
    concluding: ['kết luận', 'tổng kết', 'tóm tắt', 'tóm lại', 'lời kết', 'thay lời kết', 'kết', 'những điểm chính', 'bài học', 'bài học kinh nghiệm', 'triển vọng', 'bước tiếp theo', 'các bước tiếp theo', 'nhìn về phía trước', 'định hướng', 'kết luận và kiến nghị'],
  },
} as const satisfies Locale
