import { englishRemovals, tagWords } from './src/analyze/constituents.ts'
const s = process.argv[2]
for (const r of englishRemovals(s, tagWords(s))) console.log(r.kind, r.spans.map((x: any) => JSON.stringify(s.slice(x.start, x.end))).join(' + '))
