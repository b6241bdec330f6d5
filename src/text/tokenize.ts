/**
 * Tokeniser with offsets into the original text.
 *
 * Rules, tried in this order at each position (earlier ones win, so a URL is not split at its dots):
 *  1. URLs (`http://…`, `https://…`, `www.…`) are one token, without trailing punctuation;
 *  2. hashtags and @-handles are one token (`#طالبان`, `@UN`);
 *  3. numbers in any digit script are one token, with `٬` `,` as thousands and `٫` `.` as decimal
 *     separators only when a digit follows (`1,500`, `٣٫٥`), so a sentence-final `2024.` keeps its dot apart;
 *  4. Arabic words are runs of Arabic letters with their diacritics and tatweel (and a zero-width
 *     non-joiner between two letters);
 *  5. Latin words are runs of Latin letters and digits, with inner apostrophes and hyphens (`COVID-19`);
 *  6. an ellipsis (`…` or a run of dots) is one punctuation token;
 *  7. any other visible character is a punctuation token on its own; whitespace and invisible controls
 *     separate tokens and are never part of one.
 */
import type { Token, TokenKind } from '../contract/token.js';

export type { Token, TokenKind };

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const ARABIC_LETTER =
  '[\\u0621-\\u063A\\u0641-\\u064A\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC]';
const ARABIC_MARK = '[\\u0610-\\u061A\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]';

// Numbered groups in this order (URL = 1 … word = 4, latin = 5); named groups would cost an object
// per match, which is most of the tokeniser's time on long texts.
const TOKEN_PATTERN = new RegExp(
  [
    `((?:https?:\\/\\/|www\\.)[^\\s«»"“”<>()\\[\\]]+)`,
    `([#@][\\p{L}\\p{M}\\p{N}_]+)`,
    `(${DIGIT}+(?:[.,\\u066B\\u066C]${DIGIT}+)*)`,
    `(${ARABIC_MARK}*${ARABIC_LETTER}(?:${ARABIC_LETTER}|${ARABIC_MARK}|\\u200C(?=${ARABIC_LETTER}))*)`,
    `([\\p{Script=Latin}](?:[\\p{Script=Latin}\\p{M}0-9]|['’-](?=[\\p{Script=Latin}0-9]))*)`,
    '…|\\.{2,}',
    '[^\\s\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u061C\\u00AD]',
  ].join('|'),
  'gu',
);

const URL_TRAILING = /[.,،؛:;!?؟'"»)\]]+$/u;

/** The common case, an Arabic word starting with a letter, tried alone before the full pattern. */
const ARABIC_WORD_AT = new RegExp(
  `${ARABIC_LETTER}(?:${ARABIC_LETTER}|${ARABIC_MARK}|\\u200C(?=${ARABIC_LETTER}))*`,
  'y',
);
const TOKEN_AT = new RegExp(TOKEN_PATTERN.source, 'uy');

/** Tokens of `text[from, to)`; a token running past `to` is cut there. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09) {
      i++;
      continue;
    }
    if (unit >= 0x0621 && unit <= 0x064a && unit !== 0x0640) {
      ARABIC_WORD_AT.lastIndex = i;
      const word = ARABIC_WORD_AT.exec(text);
      if (word) {
        i = push(tokens, text, i, i + word[0].length, 'word', to);
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const match = TOKEN_AT.exec(text);
    if (match === null) {
      i++; // whitespace or an invisible control: a separator, never a token
      continue;
    }
    let end = i + match[0].length;
    let kind: TokenKind = 'punct';
    if (match[1] !== undefined) {
      kind = 'url';
      const trailing = URL_TRAILING.exec(match[0]);
      if (trailing) end -= trailing[0].length;
    } else if (match[2] !== undefined) kind = 'hashtag';
    else if (match[3] !== undefined) kind = 'number';
    else if (match[4] !== undefined) kind = 'word';
    else if (match[5] !== undefined) kind = 'latin';
    i = push(tokens, text, i, end, kind, to);
  }
  return tokens;
}

function push(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  to: number,
): number {
  const cut = Math.min(end, to);
  tokens.push({ start, end: cut, text: text.slice(start, cut), kind });
  return end;
}
