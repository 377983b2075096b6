import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { planDeck } from '../../src/plan/index.ts'
import type { SectionSlide } from '../../src/types.ts'

const prose = 'The change was tested on every supported platform before the release went out. Most programs will see no difference at all after they update.'

/** The section slides of a Markdown article: title, lead line and bullets. */
function sectionSlidesOf(md: string) {
  return planDeck(analyze(parseMarkdown(md, 'post.md')))
    .slides.filter((s): s is SectionSlide => s.kind === 'section')
    .map((s) => ({ title: s.title, lead: s.lead, bullets: s.bullets.map((b) => b.text), continued: s.continued }))
}

describe('a list of phrases under the line that introduces it', () => {
  it('keeps every item of a list a line without a stop leads into, sentences or not, but no score above a list', () => {
    const md = [
      '# Node 0.6',
      'We are happy to announce the third stable branch. We will be freezing the binary interfaces for all releases of the branch.',
      'The major differences between v0.4 and v0.6 are',
      '- Native Windows support using I/O Completion Ports for sockets.',
      '- Integrated load balancing over multiple processes. [docs](https://nodejs.org/docs/cluster.html)',
      '- Better support for IPC between Node instances [docs](https://nodejs.org/docs/fork.html)',
      '- Upgrade v8 from 3.1 to 3.6',
      prose,
    ].join('\n\n')
    const list = sectionSlidesOf(md).find((s) => s.lead)
    expect(list).toMatchObject({
      lead: 'The major differences between v0.4 and v0.6 are',
      bullets: ['Native Windows support using I/O Completion Ports for sockets', 'Integrated load balancing over multiple processes', 'Better support for IPC between Node instances', 'Upgrade v8 from 3.1 to 3.6'],
    })
    const review = ['# The console', prose, '87', '- Most powerful hardware ever in a home console', '- Solid selection of enhanced titles', '- Expensive', prose].join('\n\n')
    expect(sectionSlidesOf(review).some((s) => s.lead === '87')).toBe(false)
  })


  it('is shown as that line above its items, on the page of its place in the section', () => {
    const md = (after: string) =>
      [
        '# Layout changes',
        'Rust has long disagreed with C about the alignment of 128-bit integers on x86. The problem is now fixed in the compiler.',
        '## What it means for you',
        'As a user, you most likely do not need to worry about these changes unless you are:',
        '1. Assuming the alignment of i128 rather than using align_of',
        '1. Ignoring the improper_ctypes lints and using these types in FFI',
        after,
      ].join('\n\n')
    const more = `${prose} Programs that pass these integers to C code should be rebuilt with the new compiler.`
    const slides = sectionSlidesOf(md(more)).filter((s) => s.title.startsWith('What it means'))
    expect(slides[0]).toEqual({
      title: 'What it means for you',
      lead: 'As a user, you most likely do not need to worry about these changes unless you are:',
      bullets: ['Assuming the alignment of i128 rather than using align_of', 'Ignoring the improper_ctypes lints and using these types in FFI'],
      continued: false,
    })
    // the section's other points follow on its "(cont.)" page, without the list's sentences
    expect(slides[1]).toMatchObject({ title: 'What it means for you (cont.)', continued: true })
    expect(slides[1]!.bullets).toHaveLength(3)
    expect(slides.flatMap((s) => s.bullets).filter((b) => /^Assuming/.test(b))).toHaveLength(1)
    // points too few for a "(cont.)" page come first, the list whole after them
    const few = sectionSlidesOf(md(prose)).filter((s) => s.title.startsWith('What it means'))
    expect(few.map((s) => [s.title, s.lead !== undefined, s.bullets.length])).toEqual([
      ['What it means for you', false, 2],
      ['What it means for you (cont.)', true, 2],
    ])
  })

  it('is titled by its line when that is a short clause of its own and no heading of the article comes first', () => {
    const md = [
      '# The task framework',
      '## Architecture',
      `${prose} The framework runs as a set of services behind one API.`,
      'ATF consists of the following components:',
      '* Frontend',
      '* Task Store',
      '* Store Consumer',
    ].join('\n\n')
    const slides = sectionSlidesOf(md)
    const list = slides.find((s) => s.bullets[0] === 'Frontend')
    expect(list).toEqual({ title: 'ATF consists of the following components', lead: undefined, bullets: ['Frontend', 'Task Store', 'Store Consumer'], continued: true })
    // a line that stops on a word needing its items stays a line
    const open = sectionSlidesOf(md.replace('ATF consists of the following components:', 'A successful request to the task store MUST result in:'))
    expect(open.find((s) => s.bullets[0] === 'Frontend')).toMatchObject({ title: 'Architecture (cont.)', lead: 'A successful request to the task store MUST result in:' })
  })

  it('shows items that each open on a label by their labels: the list’s overview, their sentences the section’s points', () => {
    const md = [
      '# Junk fees',
      '## Defining junk fees',
      prose,
      'Academic research and agency experience suggest the following fees and fee practices fall within this category:',
      '- **Mandatory fees that often hide the full price.** Some sellers publish a low price and then add mandatory fees later. Buyers then find it hard to compare prices.',
      '- **Surprise fees that buyers learn about after purchase.** Hospitals send bills from out-of-network doctors months after a visit. Airlines charge families for seats together.',
      '- **Exploitative or predatory fees.** Bank overdraft fees greatly exceed the cost of the credit they cover. Termination fees keep customers from leaving.',
    ].join('\n\n')
    const slides = sectionSlidesOf(md)
    const list = slides.find((s) => s.lead !== undefined)
    expect(list).toMatchObject({
      lead: 'Academic research and agency experience suggest the following fees and fee practices fall within this category:',
      bullets: ['Mandatory fees that often hide the full price', 'Surprise fees that buyers learn about after purchase', 'Exploitative or predatory fees'],
    })
    expect(slides.filter((s) => s !== list).flatMap((s) => s.bullets).join(' ')).toMatch(/overdraft fees greatly exceed/)
  })

  it('shows items under labels run into their first sentences by those sentences, the items\' other sentences no points of the section', () => {
    const md = [
      '# Email folders',
      '## Ditch subjects for deadlines',
      prose,
      'The system that saved my sanity requires only five folders:',
      '- Inbox: the inbox is a holding pen. Emails shouldn’t stay here any longer than it takes for you to file them into another folder.',
      '- Today: Everything that requires a response today.',
      '- This Week: Everything that requires a response before the end of the week.',
      '- FYI: Most items I receive are informational. If I think I may need to reference an email again, it goes here.',
    ].join('\n\n')
    const slides = sectionSlidesOf(md)
    const list = slides.find((s) => s.lead !== undefined)
    expect(list?.bullets).toEqual(['Inbox: the inbox is a holding pen', 'Today: Everything that requires a response today', 'This Week: Everything that requires a response before the end of the week', 'FYI: Most items I receive are informational'])
    expect(slides.flatMap((s) => s.bullets).join(' ')).not.toMatch(/shouldn’t stay here|it goes here/u)
  })

  it('shows a list of more items than a slide\'s bullets when together they are no more words than one holds, items written without a stop as phrases', () => {
    const items = ['Purpose of the notification', 'Summary of the notification', 'Vulnerability name along with Common Vulnerability Enumeration (CVE), if any', 'Affected versions of the project', 'Severity of the vulnerability', 'Proof of Concept', 'Mitigation or Remediation for the vulnerability along with the fixed versions', 'Timeline of events associated with this notification', 'Any additional information relevant for this notification']
    const md = ['# Security Hygiene Guide', '## 3.5 Security notifications', 'The vulnerabilities may need to be reported to certain stakeholders. The embargo notification at the minimum should include the information stated below:', ...items.map((t, i) => `${i + 1}. ${t}`)].join('\n\n')
    expect(sectionSlidesOf(md).find((s) => s.lead !== undefined)).toMatchObject({ lead: 'The embargo notification at the minimum should include the information stated below:', bullets: items })
  })

  it('shows a list nested in a list\'s item under that item, when the item introduces it', () => {
    const md = ['# Announcing 3.4', '## Potential Actions Needed', '1. To fully leverage new features in 3.4, it is recommended to also update the following dependencies when upgrading:', '', '   - Volar / vue-tsc@^1.8.27 (**required**)', '   - @vitejs/plugin-vue@^5.0.0 (if using Vite)', '   - nuxt@^3.9.0 (if using Nuxt)', '', '2. Make sure you are no longer using any deprecated features in the code you ship today.'].join('\n')
    const list = sectionSlidesOf(md).find((s) => s.lead !== undefined)
    expect(list).toMatchObject({ lead: 'To fully leverage new features in 3.4, it is recommended to also update the following dependencies when upgrading:', bullets: ['Volar / vue-tsc@^1.8.27 (required)', '@vitejs/plugin-vue@^5.0.0 (if using Vite)', 'nuxt@^3.9.0 (if using Nuxt)'] })
  })

  it('is no list page when its items are sentences of their own, or too many but for names or short ones', () => {
    const sentences = [
      '# Release notes',
      '## Changes',
      `${prose}`,
      'Three things changed in this release:',
      '* The compiler now checks the alignment of every integer type.',
      '* The standard library gained two new functions for integers.',
      '* The documentation explains the new layout in detail.',
    ].join('\n\n')
    expect(sectionSlidesOf(sentences).some((s) => s.lead !== undefined)).toBe(false)
    const crates = ['serde', 'rand', 'tokio', 'regex', 'clap', 'log', 'futures', 'chrono', 'hyper', 'lazy_static']
    const many = (items: string[]) => ['# Crates', '## Libraries', prose, 'These were the top ten responses:', ...items.map((c) => `* ${c}`)].join('\n\n')
    expect(sectionSlidesOf(many(crates.map((c) => `the ${c} crate for small command line programs`))).some((s) => s.lead !== undefined)).toBe(false)
    // ten names of a word or few are one slide’s list, one the analysis makes no point of ("lazy_static") as written
    expect(sectionSlidesOf(many(crates)).find((s) => s.lead !== undefined)?.bullets).toEqual(crates)
    // a table's lines are no list of phrases
    const shares = ['# Results', '## Earnings per share', prose, 'Weighted-average shares used to compute earnings per share:', '* Basic: 2,545 (2024), 2,587 (2023)', '* Diluted: 2,625 (2024), 2,596 (2023)'].join('\n\n')
    expect(sectionSlidesOf(shares).some((s) => s.lead !== undefined)).toBe(false)
  })
})
