import { analyze } from './src/analyze/index.ts'
import { ingest } from './src/ingest/index.ts'
const a: any = analyze(await ingest(process.argv[2]))
for (const s of a.sections) console.log(JSON.stringify(s.title), s.titleFrom, s.paragraphs, s.keyPoints.map((k: any) => k.text.slice(0, 60)))
console.log(a.paragraphs.length, a.sentences.length)
