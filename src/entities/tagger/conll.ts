/**
 * Reader for token-per-line IOB corpora (ANERcorp, AQMAR): `token tag`, a blank line between
 * sentences. Tags are mapped to Rasd's four types: PERS → PER, MIS0–MIS3 and other MIS spellings →
 * MISC; AQMAR's few malformed tags (`I--ORG`, `B-MIS-2`, `B-MIS1\``, `OO`, `IO`, language tags) are
 * normalised to the nearest well-formed tag or to O.
 */
export interface TaggedSentence {
  readonly words: string[];
  readonly tags: string[];
}

export function parseConll(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (words.length > 0) sentences.push({ words, tags });
      words = [];
      tags = [];
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    if (space <= 0) continue;
    words.push(trimmed.slice(0, space));
    tags.push(normalizeTag(trimmed.slice(space + 1)));
  }
  if (words.length > 0) sentences.push({ words, tags });
  return sentences;
}

export function normalizeTag(raw: string): string {
  const match = /^([BI])-+([A-Za-z]+)/.exec(raw);
  if (!match) return 'O';
  const part = match[1] as string;
  const type = (match[2] as string).toUpperCase();
  if (type === 'PERS' || type === 'PER') return `${part}-PER`;
  if (type === 'LOC' || type === 'ORG') return `${part}-${type}`;
  if (type.startsWith('MIS')) return `${part}-MISC`;
  return 'O';
}
