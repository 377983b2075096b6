import { defineConfig } from 'vitest/config'

// The package check (tests/package/): packs deckwright, installs the tarball into an empty
// folder and uses it there. Run by `npm run test:package` (and .ci/run), apart from `npm test`,
// as installing ~800 packages takes minutes.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 1_200_000,
  },
})
