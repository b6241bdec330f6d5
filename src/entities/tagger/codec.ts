/**
 * The model file format (`models/ner/tagger.bin`, gzipped by the writer): weights quantised to
 * 16-bit integers and stored sparsely, so a table of millions of mostly-zero buckets ships in a
 * few megabytes.
 *
 * Layout: magic `RNER`, format version (u8), bits (u8), scale (f32), transitions (f32 × (T+1)·T),
 * count (u32), then `count` entries of varint(index gap) and varint(zigzag(quantised weight)).
 * Weights whose quantised value is 0 are dropped.
 */

import { appendAll } from '../../core/append-all.js';
import type { TaggerModel } from './model.js';
import { TAG_COUNT } from './tags.js';

const MAGIC = [0x52, 0x4e, 0x45, 0x52];
const FORMAT = 1;
const LEVELS = 32767;

export function encodeModel(model: TaggerModel): Uint8Array {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / LEVELS : 1;
  const out: number[] = [...MAGIC, FORMAT, model.bits];
  const head = new DataView(new ArrayBuffer(4 + model.transitions.length * 4));
  head.setFloat32(0, scale, true);
  model.transitions.forEach((t, i) => {
    head.setFloat32(4 + i * 4, t, true);
  });
  appendAll(out, new Uint8Array(head.buffer));
  const entries: number[] = [];
  let count = 0;
  let last = -1;
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.round((model.weights[i] as number) / scale);
    if (q === 0) continue;
    pushVarint(entries, i - last);
    pushVarint(entries, q >= 0 ? q * 2 : -q * 2 - 1);
    last = i;
    count++;
  }
  const countView = new DataView(new ArrayBuffer(4));
  countView.setUint32(0, count, true);
  appendAll(out, new Uint8Array(countView.buffer));
  const bytes = new Uint8Array(out.length + entries.length);
  bytes.set(out);
  bytes.set(entries, out.length);
  return bytes;
}

export function decodeModel(bytes: Uint8Array): TaggerModel {
  if (!MAGIC.every((b, i) => bytes[i] === b) || bytes[4] !== FORMAT) throw new Error('not a Rasd NER model');
  const bits = bytes[5] as number;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scale = view.getFloat32(6, true);
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  let at = 10;
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = view.getFloat32(at, true);
  const count = view.getUint32(at, true);
  at += 4;
  const weights = new Float32Array((1 << bits) * TAG_COUNT);
  let index = -1;
  for (let k = 0; k < count; k++) {
    let gap = 0;
    let shift = 1;
    for (let b = bytes[at++] as number; ; b = bytes[at++] as number) {
      gap += (b & 0x7f) * shift;
      shift *= 128;
      if (b < 0x80) break;
    }
    let z = 0;
    shift = 1;
    for (let b = bytes[at++] as number; ; b = bytes[at++] as number) {
      z += (b & 0x7f) * shift;
      shift *= 128;
      if (b < 0x80) break;
    }
    index += gap;
    weights[index] = (z % 2 === 0 ? z / 2 : -(z + 1) / 2) * scale;
  }
  return { bits, weights, transitions };
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}
