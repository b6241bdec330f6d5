/**
 * Reader for WikiFANE Gold (../shared/data/wikifane, PROVENANCE.md): turns its sentences into
 * ANERcorp-like training sentences, so the tagger can learn from them as it learns from ANERcorp.
 *
 * What differs from ANERcorp and what is done about it:
 *  - every token begins with U+200E (LEFT-TO-RIGHT MARK): stripped;
 *  - clitics are tokens of their own: a conjunction or preposition (`و ف ب ل ك`) is joined onto the
 *    word after it (`و تعتبر` → `وتعتبر`, `و ب ها` → `وبها`), and a pronoun suffix (`ه ها هم هما هن
 *    نا`) onto the word before it (`عاصمة ها` → `عاصمتها`, teh marbuta written as teh before it), so
 *    words look like the news text the tagger reads. The joined word keeps the tag of the word it
 *    joins unless the clitic itself is tagged as part of a name (`جامعة … و المعادن`, `و` I-);
 *    then a proclitic gives its tag (a name that begins with `و` begins at the joined word);
 *  - the 50 fine classes are mapped onto ANERcorp's four (`COARSE_CLASS`), or to O;
 *  - alefs are written `ا` throughout: the tagger's word keys fold alefs anyway (foldKey), so only
 *    features over spellings as written see a difference.
 */
import type { TaggedSentence } from './conll.js';

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const PRONOUN_SUFFIXES = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا']);

/**
 * Fine class → ANERcorp type, decided by how ANERcorp's train file tags the same names (counts in
 * docs/entities.md, "WikiFANE"). `O`: ANERcorp leaves such names untagged, so they are read as O.
 * `DROP`: ANERcorp tags such names inconsistently (O, MISC, ORG) or too rarely to tell, so a
 * sentence naming one is left out rather than teach either answer. A class absent here is read as O.
 */
export const COARSE_CLASS: Readonly<Record<string, string>> = {
  // persons (Group — peoples and communities, `العرب` — is not: ANERcorp leaves them O)
  Politician: 'PER',
  Athlete: 'PER',
  Artist: 'PER',
  Scientist: 'PER',
  Businessperson: 'PER',
  Engineer: 'PER',
  Lawyer: 'PER',
  Police: 'PER',
  Religious_PER: 'PER',
  Other_PER: 'PER',
  // organisations
  Government: 'ORG',
  'Non-Governmental': 'ORG',
  Commercial: 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Religious_ORG: 'ORG',
  Sports: 'ORG',
  'Medical-Science': 'ORG',
  Entertainment: 'ORG',
  // geo-political entities and locations
  Nation: 'LOC',
  'Population-Center': 'LOC',
  'State-or-Province': 'LOC',
  'County-or-District': 'LOC',
  Continent: 'LOC',
  'GPE-Cluster': 'LOC',
  'Water-Body': 'LOC',
  'Land-Region-Natural': 'LOC',
  // ANERcorp leaves the sun, the earth and the moon untagged
  Celestial: 'O',
  // peoples and communities (`العرب`, `المسلمين`): O in ANERcorp 694 times, ORG 44
  Group: 'O',
  // facilities: `البيت الابيض` MISC, `مطار دبي` and `المسجد …` O, club grounds ORG
  'Building-Grounds': 'DROP',
  Path: 'DROP',
  Airport: 'DROP',
  'Subarea-Facility': 'DROP',
  Plant: 'DROP',
  // products: `القران` MISC, films, songs, software O
  Software: 'DROP',
  Hardware: 'DROP',
  Book: 'DROP',
  Movie: 'DROP',
  Sound: 'DROP',
  Food: 'DROP',
  Drug: 'DROP',
  // vehicles and weapons are O in ANERcorp (`هليكوبتر`, `الالغام`, `السيوف`)
};

/**
 * Fine class → the authors' coarse class (ACE 2005), peoples apart (`GRP`): what the word
 * statistics (wikifane-words.ts) count, where no mapping onto ANERcorp's types is needed.
 */
export const ACE_CLASS: Readonly<Record<string, string>> = Object.fromEntries([
  ...['Politician', 'Athlete', 'Artist', 'Scientist', 'Businessperson', 'Engineer', 'Lawyer', 'Police']
    .concat(['Religious_PER', 'Other_PER'])
    .map((c) => [c, 'PER']),
  ['Group', 'GRP'],
  ...['Government', 'Non-Governmental', 'Commercial', 'Educational', 'Media', 'Religious_ORG', 'Sports']
    .concat(['Medical-Science', 'Entertainment'])
    .map((c) => [c, 'ORG']),
  ...[
    'Nation',
    'Population-Center',
    'State-or-Province',
    'County-or-District',
    'Continent',
    'GPE-Cluster',
  ].map((c) => [c, 'GPE']),
  ...['Water-Body', 'Land-Region-Natural', 'Celestial'].map((c) => [c, 'LOC']),
  ...['Building-Grounds', 'Path', 'Airport', 'Subarea-Facility', 'Plant'].map((c) => [c, 'FAC']),
  ...['Air', 'Land', 'Water'].map((c) => [c, 'VEH']),
  ...['Shooting', 'Projectile', 'Blunt', 'Exploding', 'Nuclear', 'Sharp', 'Chemical'].map((c) => [c, 'WEA']),
  ...['Software', 'Hardware', 'Book', 'Movie', 'Sound', 'Food', 'Drug'].map((c) => [c, 'PRO']),
]);

export interface WikiFaneOptions {
  /** Overrides of COARSE_CLASS (measuring a different mapping). */
  readonly classes?: Readonly<Record<string, string>>;
}

/** Parses the corpus (`TOKEN<TAB>TAG` lines, blank lines between sentences) into ANERcorp-like sentences. */
export function parseWikiFane(text: string, options: WikiFaneOptions = {}): TaggedSentence[] {
  const classes = { ...COARSE_CLASS, ...options.classes };
  const sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let dropped = false;
  const flush = () => {
    if (tokens.length > 0 && !dropped) sentences.push(joinClitics(tokens, tags));
    tokens = [];
    tags = [];
    dropped = false;
  };
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) {
      if (line.trim() === '') flush();
      continue;
    }
    const token = line
      .slice(0, tab)
      .replace(/[\u200E\u200F]/gu, '')
      .trim();
    if (token === '') continue;
    const tag = coarseTag(line.slice(tab + 1).trim(), classes);
    if (tag === DROP) dropped = true;
    tokens.push(token);
    tags.push(tag);
  }
  flush();
  return sentences.map(repairOrphans);
}

const DROP = 'DROP';

/** `B-Politician` → `B-PER`; a class mapped to nothing → O; a dropped class → `DROP`. */
export function coarseTag(raw: string, classes: Readonly<Record<string, string>> = COARSE_CLASS): string {
  const match = /^([BI])-(.+)$/.exec(raw);
  if (!match) return 'O';
  const type = classes[match[2] as string];
  if (type === DROP) return DROP;
  return type && type !== 'O' ? `${match[1]}-${type}` : 'O';
}

/** Joins split clitics back onto their words (see the module comment for the tag rules). */
export function joinClitics(tokens: readonly string[], tags: readonly string[]): TaggedSentence {
  const words: string[] = [];
  const out: string[] = [];
  let pending = '';
  let pendingTag = 'O';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const tag = tags[i] as string;
    const hasNext = i + 1 < tokens.length && isArabicWord(tokens[i + 1] as string);
    if (PROCLITICS.has(token) && hasNext) {
      if (pending === '') pendingTag = tag;
      else if (pendingTag === 'O') pendingTag = tag;
      pending += token;
      continue;
    }
    if (pending !== '') {
      // A clitic tagged as part of a name gives its tag (`و` I- stays inside); otherwise the word's.
      words.push(pending + token);
      out.push(pendingTag === 'O' ? tag : pendingTag);
      pending = '';
      continue;
    }
    const last = words.length - 1;
    if (PRONOUN_SUFFIXES.has(token) && last >= 0 && isArabicWord(words[last] as string)) {
      words[last] = withSuffix(words[last] as string, token);
      continue;
    }
    words.push(token);
    out.push(tag);
  }
  return { words, tags: out };
}

function withSuffix(word: string, suffix: string): string {
  // `عاصمة` + `ها` is written `عاصمتها`; `على` + `ه` `عليه`.
  if (word.endsWith('ة')) return `${word.slice(0, -1)}ت${suffix}`;
  if (word.endsWith('ى')) return `${word.slice(0, -1)}ي${suffix}`;
  return word + suffix;
}

function isArabicWord(token: string): boolean {
  return /^[\u0621-\u064A]/u.test(token);
}

/** An I- after O (a class mapped to O before it, or a joined clitic) begins the name: B-. */
function repairOrphans(sentence: TaggedSentence): TaggedSentence {
  const tags = sentence.tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = sentence.tags[i - 1];
    return prev && prev.slice(2) === tag.slice(2) && prev !== 'O' ? tag : `B-${tag.slice(2)}`;
  });
  return { words: sentence.words, tags };
}
