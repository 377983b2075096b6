// deckwright's library API: the pipeline's stages and their types.
export * from './types.ts'
export * from './errors.ts'
export { ingest } from './ingest/index.ts'
export { analyze } from './analyze/index.ts'
export { planDeck } from './plan/index.ts'
export { renderDeck, isHandEdited } from './render/index.ts'
export { exportDeck } from './export/index.ts'
export { generateDeck, buildDeck } from './pipeline.ts'
