/**
 * Bytes of a plain-text input into a string, refusing what is not text:
 *  1. an empty input (or only whitespace) is refused;
 *  2. a NUL byte in the first 8 KB means a binary file;
 *  3. a UTF-8 BOM is dropped; bytes that are not valid UTF-8 are refused with the byte offset.
 */
import { InputError } from './errors.js';

export function decodeTextBytes(source: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(source, 'empty input, nothing to analyse');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(source, 'binary data (NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(source, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.trim().length === 0)
    throw new InputError(source, 'empty input (whitespace only), nothing to analyse');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search for the shortest prefix that fails; a cut inside a valid sequence also fails, so
  // step back over continuation bytes before judging.
  while (low < high) {
    const mid = (low + high) >> 1;
    let cut = mid + 1;
    while (cut < bytes.length && ((bytes[cut] ?? 0) & 0xc0) === 0x80) cut++;
    try {
      decoder.decode(bytes.subarray(0, cut));
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
