/** Chinese. */
import type { Locale } from './types.ts'

export const zh = {
  tag: 'zh',
  dir: 'ltr',
  slide: {
    agenda: '目录',
    takeaways: '要点',
    sources: '来源',
    keyFigure: '关键数字',
    whatItCost: '成本',
    theFigures: '数字',
    moreItems: (n) => `其他${n}项`,
    continued: '（续）',
    introduction: '引言',
    quote: '引语',
    amount: '金额',
    count: '数量',
    share: '比例',
    article: '文章',
    author: '作者',
    issuedBy: '发布方',
    published: '发布',
    source: '来源',
    standardInput: '标准输入',
    colon: '：',
    authorVoice: (author) => `——${author}（作者）`,
    issuerVoice: (issuer) => `——${issuer}`,
  },
  notes: {
    agenda: (n, items) => `本次演讲按文章分为 ${n} 部分：${items}。`,
    sources: '每个要点都取自文章原句；每页的备注引用了原文段落。',
  },
  chart: {
    notStated: '未说明金额',
    logScale: (r) => `对数刻度：最大金额是最小金额的 ${r} 倍`,
    mixed: '货币不同，未换算',
    columns: ['项目', '金额', '备注', '来源'],
    qualifiers: { under: '不到', over: '超过', about: '约', 'up to': '最多', 'at least': '至少' },
    comparisons: ['同比', '环比'],
    changeTitle: (c) => `${c}变化`,
    asked: { openings: [], questionWords: [] },
  },
  table: {
    table: '表格',
    part: (r, R, c, C) => (r < R && c < C ? '部分行和列' : r < R ? '部分行' : c < C ? '部分列' : '全部行'),
    leftOut: (n, shown) => `文章中有 ${n} 个表格未放入幻灯片（已显示 ${shown} 个）`,
    largest: (r, R, col) => `按“${col}”显示 ${R} 行中最大的 ${r} 行（从大到小）`,
    by: (v, r) => `按${r}的${v}`,
    byPair: (v, r, s) => `按${r}和${s}的${v}`,
    noHeader: '（原文无表头）',
  },
  bars: {
    chartOf: (n) => `${n} 个数值的条形图`,
    columns: ['项目', '数值'],
  },
  quote: { marks: { open: '「', close: '」' }, paraphrased: '转述' },
  handout: {
    titleSuffix: '（讲义）',
    slideOf: (n, total, title) => `第 ${n} 页，共 ${total} 页：${title}`,
    pageOf: (page, total) => `第 ${page} 页，共 ${total} 页`,
  },
  info: (origin) => `由 deckwright 生成，来源：${origin}。`,
  // speakers are not yet found in Chinese text
  speech: { verbs: [], according: [], impersonal: [], additive: [], additiveHeld: [], additiveLast: [], deicticLast: [], backReference: ['他', '她', '它', '他们', '她们', '它们', '这', '这些', '那', '那些', '但', '但是', '而且', '因此', '此外'], contrast: ['但', '但是', '可是', '其实'], detachable: ['此外', '同时', '然而', '不过'], firstPerson: ["我"], secondPerson: ["你", "您", "你们"], relative: [], demonstratives: [], deictic: [], conclusive: ['总之', '因此', '必须', '应该', '关键', '重要'], acknowledgements: ['特别感谢', '致谢'], noAnswer: ['拒绝置评', '不予置评'], othersWords: ['回答', '回复', '评论', '留言'], aboutTheText: ['本文', '阅读更多'], plans: [], subordinators: [], articles: [], whereRelative: [], contrastEnding: [], participleEndings: [], finiteVerbs: [] },
  figures: {
    cost: '成本',
    costVerbs: ['花费', '耗资', '耗费', '花了'],
    units: ['公里', '千米', '米', '年', '个月', '周', '天', '小时', '分钟', '秒', '吨', '公斤', '升', '公顷', '度', '次', '倍'],
    among: ['其中', '包括'],
    outOf: ['共'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['但', '但是', '而且', '因此', '此外', '然而', '所以', '不过', '他', '她', '它'],
    concluding: ['结论', '总结', '结语', '小结'],
  },
} as const satisfies Locale
