import { analyze } from './src/analyze/index.ts'
import { ingest } from './src/ingest/index.ts'
import { keyFigureCandidates } from './src/plan/key-figure.ts'
import { figureMeasure } from './src/plan/figure-labels.ts'
const a: any = analyze(await ingest(process.argv[2]))
for (const f of a.figures) console.log(f.kind, JSON.stringify(f.text), f.value, f.noun ?? f.currency ?? '')
console.log('--- candidates')
for (const c of keyFigureCandidates(a).slice(0, 8)) console.log(c.score.toFixed(2), c.f.text, '|', figureMeasure(a, c.f))
