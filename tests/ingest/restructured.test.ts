import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { isRestructuredText, restructuredAsMarkdown } from '../../src/ingest/restructured.ts'
import { ingest } from '../../src/ingest/index.ts'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const pep = [
  'PEP: 602',
  'Title: Annual Release Cycle for Python',
  'Author: Łukasz Langa <lukasz@python.org>',
  'Status: Active',
  'Created: 04-Jun-2019',
  'Post-History:',
  '  `07-Apr-2025 <https://discuss.python.org/t/87377>`__,',
  '',
  '',
  'Abstract',
  '========',
  '',
  'This document describes a change in the release calendar for Python starting with Python 3.9.',
  '',
  'Implementation',
  '==============',
  '',
  'Seventeen months to develop a feature version',
  '---------------------------------------------',
  '',
  'This PEP proposes that Python 3.X.0 will be developed for around 17 months:',
  '',
  '- The first *five months* overlap with the beta stages of the release before.',
  '- The next *seven months* are spent on alpha releases.',
  '',
  'If fact, :pep:`101` currently states it, see :pep:`Python 3.13 <719>` and ``python -m venv``.',
  'Zstandard_ is used by |zstd| and the :mod:`!lzma` module, with `widespread adoption`_ but not ``__init__``.',
  'Read `the discussion <https://discuss.python.org/t/2296>`__ for more::',
  '',
  '    $ python3 -m this',
  '',
  '.. note::',
  '',
  '   A note the slides leave out.',
  '',
  'The testing matrix',
  '~~~~~~~~~~~~~~~~~~',
  '',
  'The matrix grows with each release, and the core team tests every one of them.',
  '',
].join('\n')

describe('reStructuredText saved as text', () => {
  it('is told from plain text by its underlined headings, or a field list over one', () => {
    expect(isRestructuredText(pep)).toBe(true)
    expect(isRestructuredText('A plain story\n\nThe council met on Tuesday.\n\nIt voted for the plan.')).toBe(false)
    // (one underlined title alone, no fields: a plain text's own way of setting its headline)
    expect(isRestructuredText('A plain story\n=============\n\nThe council met on Tuesday.')).toBe(false)
  })

  it('is written as the Markdown it means: fields as front matter, headings by their adornment, roles and links as text', () => {
    const md = restructuredAsMarkdown(pep)
    expect(md).toMatch(/^---\ntitle: "Annual Release Cycle for Python"\nauthor: "Łukasz Langa"\ndate: "04-Jun-2019"\n---\n/u)
    expect(md).toContain('# Abstract')
    expect(md).toContain('## Seventeen months to develop a feature version')
    expect(md).toContain('### The testing matrix')
    expect(md).toContain('If fact, PEP 101 currently states it, see Python 3.13 and `python -m venv`.')
    expect(md).toContain('Read [the discussion](https://discuss.python.org/t/2296) for more:')
    expect(md).toContain('Zstandard is used by zstd and the `lzma` module, with widespread adoption but not `__init__`.')
    expect(md).not.toContain('A note the slides leave out')
  })

  it('is read so by ingest, its title, author and headings the article\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rst-'))
    const file = join(dir, 'pep-602.txt')
    writeFileSync(file, pep)
    const a = await ingest(file)
    expect(a.meta.title).toBe('Annual Release Cycle for Python')
    expect(a.meta.byline).toBe('Łukasz Langa')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Abstract', 'Implementation', 'Seventeen months to develop a feature version', 'The testing matrix'])
    expect(a.text).not.toMatch(/[=~]{3}|:pep:|``/u)
  })

  it('reads a mail\'s fields, and a block set in from the margin as a quotation when it is prose, else as a literal block', () => {
    const mail = [
      'Date: Fri, 19 Dec 2008 00:45:19 -0800',
      'From: Linus Torvalds <torvalds@example.org>, Junio C Hamano <gitster@example.com>',
      'Subject: Re: Odd merge behaviour involving reverts',
      'Abstract: Sometimes a branch that was already merged to the mainline',
      ' is later found to be faulty.',
      '',
      'How to revert a faulty merge',
      '============================',
      '',
      'Alan said:',
      '',
      '    I have a master branch. We have a branch off of that that some',
      '    developers are doing work on. They claim it is ready to merge.',
      '',
      'The history after the revert would look like this:',
      '',
      ' ---o---o---o---M---x---x---W',
      '               /',
      '       ---A---B',
      '',
      'Such a revert can be made with:',
      '',
      '    $ git revert -m 1 M',
      '',
    ].join('\n')
    const md = restructuredAsMarkdown(mail)
    expect(md).toMatch(/^---\nauthor: "Linus Torvalds and Junio C Hamano"\ndate: "Fri, 19 Dec 2008 00:45:19 -0800"\ndescription: "Sometimes a branch that was already merged to the mainline is later found to be faulty."\n---\n/u)
    expect(md).toContain('> I have a master branch. We have a branch off of that that some\n> developers are doing work on.')
    expect(md).toContain('```\n---o---o---o---M---x---x---W\n              /\n      ---A---B\n```')
    expect(md).toContain('```\n$ git revert -m 1 M\n```')
  })

  it('dates a post by ABlog\'s directive (".. post:: Mar 21, 2022")', () => {
    const rst = ['.. post:: Mar 21, 2022', '   :tags: stats, year-in-review', '', 'Read the Docs 2021 Stats', '========================', '', '2021 continued in the realm of being a tough year.', '', 'Page views', '----------', '', 'We served 700 million page views this year.', ''].join('\n')
    const a = parseMarkdown(restructuredAsMarkdown(rst), 'r.rst')
    expect(a.meta).toMatchObject({ title: 'Read the Docs 2021 Stats', date: '2022-03-21' })
  })

  it('reads a blog engine\'s fields (".. title:", ":date:" under the title), a code directive as code in its language, and anonymous links as their words', () => {
    const nikola = [
      '.. title: A DSL for Peephole Rules',
      '.. slug: jit-peephole-dsl',
      '.. date: 2024-10-23 15:00:00 UTC',
      '.. author: CF Bolz-Tereick',
      '',
      'The rules are proven correct with Z3 (see the `knownbits`__ post).',
      '',
      '.. __: https://example.org/knownbits.html',
      '',
      'Motivation',
      '==========',
      '',
      'Here is the code as it was:',
      '',
      '.. code:: python',
      '    :number-lines:',
      '',
      '    def optimize_INT_MUL(self, op):',
      '        return self.emit(op)',
      '',
      'It was verbose.',
      '',
      'Rules',
      '=====',
      '',
      'A rule is short.',
    ].join('\n')
    const md = restructuredAsMarkdown(nikola)
    expect(md).toMatch(/^---\ntitle: "A DSL for Peephole Rules"\nauthor: "CF Bolz-Tereick"\ndate: "2024-10-23 15:00:00 UTC"\n---\n/u)
    expect(md).not.toMatch(/slug|__|\.\. /u)
    expect(md).toContain('(see the knownbits post)')
    // (an anonymous reference whose words run over a line break)
    expect(restructuredAsMarkdown('Title\n=====\n\nThey cannot be used because `their control\nflow is too complex`__. Really.\n\nTwo\n===\n\nText.')).toContain('because their control\nflow is too complex. Really.')
    expect(md).toMatch(/\n```python\ndef optimize_INT_MUL\(self, op\):\n {4}return self\.emit\(op\)\n```\n+It was verbose\./u)
    const pelican = ['My super title', '##############', '', ':date: 2010-10-03 10:20', ':authors: Alexis Metaireau, Conan Doyle', ':summary: Short version for index and feeds', '', 'Intro', '-----', '', 'The text.', '', 'More', '----', '', 'More text.'].join('\n')
    const info = restructuredAsMarkdown(pelican)
    expect(info).toMatch(/^---\nauthor: "Alexis Metaireau and Conan Doyle"\ndate: "2010-10-03 10:20"\ndescription: "Short version for index and feeds"\n---\n/u)
    expect(info).toContain('# My super title\n\n\n## Intro')
  })

  it('reads a plain memo\'s header, its title, the line in brackets under it and its writer\'s name and address, as fields', () => {
    const memo = ['The Linux Kernel Driver Interface', '(all of your questions answered and then some)', '', 'Greg Kroah-Hartman <greg@kroah.com>', '', 'This is being written to try to explain why Linux does not have a binary kernel interface.', '', 'Binary Kernel Interface', '-----------------------', '', 'Assuming that we had a stable kernel source interface for the kernel.', '', 'Stable Kernel Source Interfaces', '-------------------------------', '', 'This is a much more "volatile" topic.'].join('\n')
    const md = restructuredAsMarkdown(memo)
    expect(md).toMatch(/^---\ntitle: "The Linux Kernel Driver Interface"\nauthor: "Greg Kroah-Hartman"\ndescription: "all of your questions answered and then some"\n---\n/u)
    expect(md).not.toMatch(/greg@kroah|^The Linux Kernel Driver Interface$/mu)
    expect(md).toContain('This is being written to try to explain')
    // (an angle bracket is text, no HTML tag: "<insert link …>" stays on the page)
    const placeholder = parseMarkdown(restructuredAsMarkdown(memo.replace('This is a much more "volatile" topic.', 'So you leech <insert link to leech comment from Andrew here>.')), 'memo.md')
    expect(placeholder.text).toContain('So you leech <insert link to leech comment from Andrew here>.')
    // (without a writer's line, a short first line stays the text's)
    expect(restructuredAsMarkdown(memo.replace('Greg Kroah-Hartman <greg@kroah.com>', 'Read on.'))).not.toMatch(/^---/u)
  })
})
