/** Strings that must render literally, as text, in every component. */
export const HOSTILE: readonly string[] = [
  '{{ 1+1 }}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b onmouseover="x()">bold</b> & &amp; &lt;',
  'Growth 🚀📈 — 👩🏽‍💻 team',
  'قال المتحدث إن التكلفة منخفضة',
]
