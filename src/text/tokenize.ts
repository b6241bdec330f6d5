/**
 * Tokeniser with offsets into the original text.
 *
 * Rules, tried in this order at each position (earlier ones win, so a URL is not split at its dots):
 *  1. URLs (`http://…`, `https://…`, `www.…`) are one token, without trailing punctuation;
 *  2. hashtags and @-handles are one token (`#طالبان`, `@UN`);
 *  3. numbers in any digit script are one token, with `٬` `,` as thousands and `٫` `.` as decimal
 *     separators only when a digit follows (`1,500`, `٣٫٥`), so a sentence-final `2024.` keeps its dot apart;
 *  4. Arabic words are runs of Arabic letters with their diacritics and tatweel;
 *  5. Latin words are runs of Latin letters and digits, with inner apostrophes and hyphens (`COVID-19`);
 *  6. an ellipsis (`…` or a run of dots) is one token;
 *  7. any other visible character is a punctuation token on its own; whitespace and invisible controls
 *     separate tokens and are never part of one.
 */

export type TokenKind = 'word' | 'latin' | 'number' | 'punct' | 'url' | 'hashtag';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
}

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const ARABIC_LETTER =
  '[\\u0621-\\u063A\\u0641-\\u064A\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC]';
const ARABIC_MARK = '[\\u0610-\\u061A\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]';

const TOKEN_PATTERN = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s«»"“”<>()\\[\\]]+)`,
    `(?<hashtag>[#@][\\p{L}\\p{M}\\p{N}_]+)`,
    `(?<number>${DIGIT}+(?:[.,\\u066B\\u066C]${DIGIT}+)*)`,
    `(?<word>${ARABIC_MARK}*${ARABIC_LETTER}(?:${ARABIC_LETTER}|${ARABIC_MARK}|\\u200C)*)`,
    `(?<latin>[\\p{Script=Latin}](?:[\\p{Script=Latin}\\p{M}0-9]|['’-](?=[\\p{Script=Latin}0-9]))*)`,
    '(?<ellipsis>…|\\.{2,})',
    '(?<punct>[^\\s\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u061C\\u00AD])',
  ].join('|'),
  'gu',
);

const URL_TRAILING = /[.,،؛:;!?؟'"»)\]]+$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = from;
  for (let match = TOKEN_PATTERN.exec(text); match !== null; match = TOKEN_PATTERN.exec(text)) {
    const start = match.index;
    if (start >= to) break;
    let end = start + match[0].length;
    const groups = match.groups ?? {};
    let kind: TokenKind;
    if (groups.url !== undefined) {
      kind = 'url';
      const trailing = URL_TRAILING.exec(match[0]);
      if (trailing) end -= trailing[0].length;
      TOKEN_PATTERN.lastIndex = end;
    } else if (groups.hashtag !== undefined) kind = 'hashtag';
    else if (groups.number !== undefined) kind = 'number';
    else if (groups.word !== undefined) kind = 'word';
    else if (groups.latin !== undefined) kind = 'latin';
    else kind = 'punct';
    end = Math.min(end, to);
    tokens.push({ start, end, text: text.slice(start, end), kind });
  }
  return tokens;
}
