import { analyze } from './src/analyze/index.ts'
import { ingest } from './src/ingest/index.ts'
const a: any = analyze(await ingest(process.argv[2]))
const s = a.sections.at(Number(process.argv[3] ?? -1))
for (const k of s.keyPoints) console.log(JSON.stringify({ text: k.text, complete: k.complete, score: k.score?.toFixed?.(3) }), '\n   <=', a.sentences[k.sentence].text)
