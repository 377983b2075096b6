/**
 * Legacy charsets by their WHATWG labels (what pages declare in <meta charset>, an XML
 * declaration or an HTTP Content-Type): "latin1", "iso-8859-1" and "ascii" mean windows-1252,
 * "gb2312" means GBK, "ks_c_5601-1987" means EUC-KR, and so on.
 *
 * The label is resolved by Node's TextDecoder (it carries the WHATWG label table); the bytes
 * are decoded by iconv-lite, because Node 20's own decoders are wrong for some of these
 * (windows-1252 decodes 0x80–0x9F as C1 controls, so “ ” € — are lost; EUC-KR lacks the
 * UHC extension; iso-8859-16 is missing). ISO-2022-JP, which iconv-lite lacks, uses Node's.
 */
import { createRequire } from 'node:module'
import type Iconv from 'iconv-lite'

let loaded: typeof Iconv | undefined

/** iconv-lite, loaded on first use: most articles are UTF-8 and never need it. */
function iconv(): typeof Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv
  return loaded
}

/** WHATWG encoding names whose iconv-lite name differs. */
const ICONV_NAME: Record<string, string> = {
  gbk: 'gb18030', // the WHATWG GBK decoder is the gb18030 one
  'x-mac-cyrillic': 'maccyrillic',
  'iso-8859-8-i': 'iso-8859-8',
}

/** The WHATWG name of an encoding label ("latin1" → "windows-1252"), or undefined when unknown. */
export function encodingName(label: string): string | undefined {
  const trimmed = label.trim().toLowerCase()
  try {
    return new TextDecoder(trimmed).encoding
  } catch {
    // labels Node does not know but iconv-lite does (iso-8859-16)
    return iconv().encodingExists(trimmed) ? trimmed : undefined
  }
}

/** Share of U+FFFD above which the bytes are taken not to be in the declared charset. */
const MAX_REPLACEMENT_SHARE = 0.01

/**
 * Decodes `bytes` as the charset `label` names; undefined when the label is unknown, names no
 * usable legacy charset (UTF-8, "replacement", x-user-defined) or the bytes are mostly not in it.
 */
export function decodeLegacy(bytes: Uint8Array, label: string): string | undefined {
  const name = encodingName(label)
  if (name === undefined || name === 'utf-8' || name === 'replacement' || name === 'x-user-defined') return undefined
  let text: string
  if (name === 'utf-16le' || name === 'utf-16be' || name === 'iso-2022-jp') {
    try {
      text = new TextDecoder(name, { fatal: true }).decode(bytes)
    } catch {
      return undefined
    }
  } else {
    const iconvName = ICONV_NAME[name] ?? name
    if (!iconv().encodingExists(iconvName)) return undefined
    text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), iconvName, { stripBOM: true })
  }
  let bad = 0
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++
  return bad > Math.max(1, text.length * MAX_REPLACEMENT_SHARE) ? undefined : text
}
