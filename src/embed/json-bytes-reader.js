// @ts-check
/**
 * A reader of JSON values straight from bytes, for a file too large to be
 * turned into one string and parsed whole (the packaged word vectors): the
 * caller walks the structure, reading numbers where they stand, and skips
 * or `JSON.parse`s the small parts. Numbers are read exactly as `JSON.parse`
 * reads them (`number`). Plain JavaScript (type-checked through `// @ts-check`)
 * so that the thread reading the packaged vectors needs no TypeScript loader.
 */
import { Buffer } from 'node:buffer';

/** Exact powers of ten as doubles (10^22 is the largest that is). */
const POWERS = Array.from({ length: 23 }, (_, exponent) => Number(`1e${exponent}`));

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A reader of JSON values over bytes; throws `unexpected` on anything not JSON. */
export class JsonBytesReader {
  position = 0;
  /**
   * @param {Uint8Array} bytes
   * @param {(why: string) => Error} unexpected
   */
  constructor(bytes, unexpected) {
    /** @readonly */
    this.bytes = bytes;
    /** @readonly */
    this.unexpected = unexpected;
  }

  /** @returns {number} */
  skipSpace() {
    const { bytes } = this;
    let byte = bytes[this.position];
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
      byte = bytes[++this.position];
    return byte ?? -1;
  }

  /** @param {number} byte */
  expect(byte) {
    if (this.skipSpace() !== byte)
      throw this.unexpected(`expected '${String.fromCharCode(byte)}' at byte ${this.position}`);
    this.position += 1;
  }

  /** After a value in an array or object: true when another follows (a comma was read). */
  /** @param {number} close @returns {boolean} */
  more(close) {
    const byte = this.skipSpace();
    this.position += 1;
    if (byte === 0x2c) return true;
    if (byte === close) return false;
    throw this.unexpected(
      `expected ',' or '${String.fromCharCode(close)}' at byte ${this.position - 1}`,
    );
  }

  /** True (and the bracket read) when the array or object opened just now is empty. */
  /** @param {number} close @returns {boolean} */
  closes(close) {
    if (this.skipSpace() !== close) return false;
    this.position += 1;
    return true;
  }

  /** @returns {string} */
  string() {
    this.expect(QUOTE);
    const start = this.position;
    const { bytes } = this;
    let escaped = false;
    for (;;) {
      const byte = bytes[this.position++];
      if (byte === undefined) throw this.unexpected('unterminated string');
      if (byte === QUOTE) break;
      if (byte === BACKSLASH) {
        escaped = true;
        this.position += 1;
      }
    }
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start - 1, this.position - start + 1);
    return escaped
      ? /** @type {string} */ (JSON.parse(raw.toString('utf8')))
      : raw.toString('utf8', 1, raw.length - 1);
  }

  /**
   * A number, as `JSON.parse` reads it. Up to 15 significant digits and a power of ten up
   * to 22, the digits as an integer and the power are both exact doubles, so one division
   * or multiplication rounds correctly, to the double nearest the decimal (Clinger's fast
   * path); anything else is read by `Number`.
   * @returns {number}
   */
  number() {
    const { bytes } = this;
    this.skipSpace();
    const start = this.position;
    let byte = bytes[this.position];
    const negative = byte === 0x2d;
    if (negative) byte = bytes[++this.position];
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let integerDigits = 0;
    while (byte !== undefined && byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits += 1;
      integerDigits += 1;
      byte = bytes[++this.position];
    }
    const dot = byte === 0x2e;
    if (dot) {
      byte = bytes[++this.position];
      while (byte !== undefined && byte >= 0x30 && byte <= 0x39) {
        mantissa = mantissa * 10 + (byte - 0x30);
        digits += 1;
        scale += 1;
        byte = bytes[++this.position];
      }
    }
    const exponent = byte === 0x65 || byte === 0x45;
    if (exponent) {
      byte = bytes[++this.position];
      if (byte === 0x2b || byte === 0x2d) byte = bytes[++this.position];
      while (byte !== undefined && byte >= 0x30 && byte <= 0x39) byte = bytes[++this.position];
    }
    const leadingZero = integerDigits > 1 && bytes[start + (negative ? 1 : 0)] === 0x30;
    const plain = !exponent && integerDigits > 0 && !leadingZero && (!dot || scale > 0);
    if (plain && digits <= 15 && scale <= 22) {
      const value = scale === 0 ? mantissa : mantissa / /** @type {number} */ (POWERS[scale]);
      return negative ? -value : value;
    }
    const text = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + start,
      this.position - start,
    ).toString('latin1');
    /** @type {unknown} */
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (typeof value !== 'number') throw this.unexpected(`bad number at byte ${start}`);
    return value;
  }

  /**
   * Skips any value; returns where it started. An array or object is skipped by its
   * brackets (strings respected), without reading its numbers: it is read afterwards, or
   * not used.
   * @returns {number}
   */
  skipValue() {
    const byte = this.skipSpace();
    const start = this.position;
    if (byte === QUOTE) this.string();
    else if (byte === 0x5b || byte === 0x7b) {
      const { bytes } = this;
      let depth = 0;
      do {
        const next = bytes[this.position];
        if (next === undefined) throw this.unexpected('unterminated array or object');
        if (next === QUOTE) {
          this.string();
          continue;
        }
        if (next === 0x5b || next === 0x7b) depth += 1;
        else if (next === 0x5d || next === 0x7d) depth -= 1;
        this.position += 1;
      } while (depth > 0);
    } else if (byte === 0x2d || (byte >= 0x30 && byte <= 0x39)) this.number();
    else {
      for (const literal of ['true', 'false', 'null'])
        if (this.text(start, start + literal.length, 'latin1') === literal) {
          this.position += literal.length;
          return start;
        }
      throw this.unexpected(`unexpected byte at ${start}`);
    }
    return start;
  }

  /**
   * The bytes from `start` to `end` as text.
   * @param {number} start @param {number} end @param {'utf8' | 'latin1'} [encoding]
   * @returns {string}
   */
  text(start, end, encoding = 'utf8') {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString(
      encoding,
      start,
      Math.min(end, this.bytes.byteLength),
    );
  }

  /** The value here, parsed by `JSON.parse` (small values: `dimensions`, `words`). */
  /** @returns {unknown} */
  parseValue() {
    const start = this.skipValue();
    try {
      return JSON.parse(this.text(start, this.position));
    } catch {
      throw this.unexpected(`unreadable value at byte ${start}`);
    }
  }
}
