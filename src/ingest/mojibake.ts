/**
 * Mojibake: UTF-8 Arabic that was once decoded as Windows-1252 or Latin-1 and saved again, so each
 * Arabic letter became a lead character `Ø`/`Ù`/`Ú`/`Û` (bytes D8–DB) and a continuation character
 * (bytes 80–BF as Windows-1252 or Latin-1 show them): `ال` turns into `Ø§Ù„`.
 *
 * Rules:
 *  1. pairs of a lead and a continuation character are counted; a handful is not enough (a French
 *     name may hold `Ù`), they must be at least three and outnumber the real Arabic letters;
 *  2. the suspicion is confirmed by undoing it: the first run, encoded back to Windows-1252 bytes,
 *     must be valid UTF-8 holding Arabic letters. The repaired run is shown in the message.
 */
import iconv from 'iconv-lite';

const CONTINUATION =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const PAIR = new RegExp(`[\\u00D8-\\u00DB]${CONTINUATION}`, 'gu');
const RUN = new RegExp(
  `(?:[\\u00D8-\\u00DB]${CONTINUATION}|[ \\u00A0])*[\\u00D8-\\u00DB]${CONTINUATION}`,
  'u',
);
const ARABIC_LETTER = /[\u0621-\u064A]/gu;

/** One line describing the mojibake in `text`, or null when there is none. */
export function describeMojibake(text: string): string | null {
  const sample = text.slice(0, 64 * 1024);
  const pairs = sample.match(PAIR)?.length ?? 0;
  if (pairs < 3 || pairs <= (sample.match(ARABIC_LETTER)?.length ?? 0)) return null;
  const run = RUN.exec(sample)?.[0] ?? '';
  const repaired = repairRun(run);
  if (!repaired) return null;
  const shown = run.length > 24 ? `${run.slice(0, 24)}…` : run;
  const fixed = repaired.length > 12 ? `${repaired.slice(0, 12)}…` : repaired;
  return `mojibake: UTF-8 Arabic that was once misread as Windows-1252/Latin-1 ("${shown}" is "${fixed}"); re-save it from the original as UTF-8`;
}

function repairRun(run: string): string | null {
  // Latin-1 keeps bytes 80–9F as C1 controls where Windows-1252 has letters: accept both readings.
  const bytes = Uint8Array.from(run, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? code : (iconv.encode(char, 'windows-1252')[0] ?? 0x3f);
  });
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ARABIC_LETTER.test(text) ? text : null;
  } catch {
    return null;
  } finally {
    ARABIC_LETTER.lastIndex = 0;
  }
}
