/**
 * Hostile text for the property-based render tests: strings built from pieces of markdown,
 * HTML, Vue and Slidev syntax, with line breaks, right-to-left text and emoji.
 */
import fc from 'fast-check'
import { oneLine } from '../../src/render/escape.ts'

export const PIECES = [
  '{{', '}}', '{', '}', '{{ x }}', '<', '>', '&', '---', '<!--', '-->', '`', '```', '$', '$$', '$x$', '|', '#', '# ', '*', '**', '_',
  '[', ']', '(', ')', '[a](javascript:alert(1))', ':', '::', '::right::', 'v-', 'v-html="x"', 'v-bind', ':items', '@', '@click', '#default',
  '\n', '\n\n', '\r\n', ' ', '  ', '\t', '\u00a0', 'a', 'word', 'Text', '1.', '2)', '-', '- ', '+', '> ', '=', '===', '~', '~~', '^',
  '\\', '"', "'", '&amp;', '&lt;', '&#123;', '&nbsp;', '<script>alert(1)</script>', '</span>', '<span v-pre>', '<img src=x onerror=alert(1)>',
  '<Quote text="x" />', '<<< @/snippet.ts', '🎉', '👩🏽‍💻', '\u200f', '\u200e', 'مرحبا بكم', 'שלום', '%', '!', '![i](x.png)',
  'https://example.org/?a=1&b={{c}}', '<div>', '</div>', '<br>', 'constructor', '<v-click>', '{style="color:red"}',
  '<style>', '</style>', '<script setup>', '</script>', '<template>', '</template>', '{{ 7*7 }}', "{{ Math.max.constructor('alert(1)')() }}",
  '<img src=x onerror="alert(7)">', 'www.example.org', '[[', ']]', ':smile:', '==mark==', '<Link to="1">', '<a href="javascript:x">',
]

/** Strings drawn from the pieces, with at least something visible. */
export const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(''))
  .filter((s) => oneLine(s).length > 0)

/** The pieces mixed with arbitrary Unicode (control characters included). */
export const wildText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((parts) => parts.join(''))
  .filter((s) => oneLine(s).length > 0)
