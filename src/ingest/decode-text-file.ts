/**
 * Bytes of an article file to text: UTF-8 (with or without a byte-order
 * mark) or UTF-16 (LE/BE, by BOM or by its zero bytes), and a verdict on
 * files that are not text at all.
 */

export type DecodedFile =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; replaced: number }
  | { kind: 'binary'; reason: string };

/** Share of zero bytes at even or odd positions above which BOM-less text is taken as UTF-16. */
const UTF16_ZERO_SHARE = 0.3;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > UTF16_ZERO_SHARE * half && evenZeros < 0.05 * half) return 'utf-16le';
  if (evenZeros > UTF16_ZERO_SHARE * half && oddZeros < 0.05 * half) return 'utf-16be';
  return null;
}

/** Characters no article contains: NUL and C0 controls other than tab, newlines and form feed. */
function countControls(text: string): number {
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) controls += 1;
  }
  return controls;
}

/** Decodes an article file, or says why it is not text. */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else encoding = utf16WithoutBom(bytes) ?? 'utf-8';
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(start));
  const controls = countControls(text);
  let replaced = 0;
  for (let index = text.indexOf('\ufffd'); index >= 0; index = text.indexOf('\ufffd', index + 1))
    replaced += 1;
  if (text.includes('\u0000') || controls + replaced > 0.01 * text.length + 2) {
    return { kind: 'binary', reason: 'it looks binary (control bytes or invalid text encoding)' };
  }
  return { kind: 'text', text, encoding, replaced };
}
