/**
 * Features of each word of a sentence for the entity tagger, as hashed bucket numbers.
 *
 * Templates (each number below is the template id mixed into the hash):
 *  - the word itself: key, stem (no conjunction/preposition), bare form (no article), prefixes of
 *    the key and the bare form, suffixes of the key, shape (script and length), which clitics
 *    were stripped, and whether the common-word lexicon knows the word;
 *  - the context: keys and bare forms of two words each side, the two word bigrams, and whether
 *    the neighbours are common words;
 *  - the gazetteer: kinds of phrases beginning at, continuing through, or ending just before the
 *    word (a title such as `وزير الخارجية` ending before it, an organisation head before it);
 *  - position: first word of the sentence, and being inside « » (or “ ” or "…").
 * Features of the word alone are computed once per distinct word and cached.
 */
import {
  GAZ_BIT,
  GAZ_KINDS,
  type Gazetteer,
  matchPhraseStarts,
  type Phrase,
  phrasesStartingWith,
} from '../gazetteer/gazetteer.js';
import { lexiconSpelling, type WordLexicon } from '../lexicon/cspell-trie.js';
import { analyzeWordForms, type WordForms } from '../word-forms.js';
import { hashPair, hashString } from './hash.js';

export interface FeatureResources {
  readonly gazetteer: Gazetteer;
  readonly lexicon: WordLexicon | undefined;
  /**
   * Word statistics from other annotated text (WikiFANE, wikifane-words.ts): a word's stem →
   * how that text mostly tags it (`PER.B+`: mostly the first word of a person's name, in
   * at least five occurrences). Only the experiments of wikifane-trial-main.ts pass it.
   */
  readonly wordClasses?: ReadonlyMap<string, string>;
  /**
   * Distributional word clusters (clusters.ts): a stem → its cluster at each granularity, coarse
   * to fine. Features of the word's clusters and its neighbours' when given.
   */
  readonly clusters?: ReadonlyMap<string, readonly number[]>;
}

/** Hashed features of a sentence: word `i` owns `hashes[offsets[i] .. offsets[i+1])`. */
export interface SentenceFeatures {
  readonly offsets: Int32Array;
  readonly hashes: Uint32Array;
}

interface WordInfo {
  readonly forms: WordForms;
  readonly key: number;
  readonly bare: number;
  readonly common: number;
  /** The word's class in the word statistics (0 when none). */
  readonly wordClass: number;
  /** Hashes of the word's cluster at the two coarsest granularities (empty without clusters). */
  readonly cluster: readonly number[];
  readonly own: Uint32Array;
  readonly quote: number;
  /** The gazetteer's phrases that may begin at the word (`phrasesStartingWith`). */
  readonly starts: readonly Phrase[];
}

enum T {
  Bias = 1,
  Key,
  Stem,
  Bare,
  KeyPre1,
  KeyPre2,
  BarePre2,
  BarePre3,
  Suf1,
  Suf2,
  Suf3,
  Suf4,
  Shape,
  Clitics,
  Common,
  CommonShape,
  Prev1,
  Prev2,
  Next1,
  Next2,
  BarePrev,
  BareNext,
  BigramPrev,
  BigramNext,
  CommonPrev,
  CommonNext,
  GazBegin,
  GazInside,
  GazPrevEnd,
  GazNextBegin,
  GazPrev2End,
  InQuote,
  QuoteOpenPrev,
  QuoteCloseNext,
  First,
  GazCommon,
  KeyValue,
  WordClass,
  WordClassPrev,
  WordClassNext,
  WordClassValue,
  Cluster,
  ClusterClitics,
  ClusterValue,
  ClusterPrev,
  ClusterNext,
  ClusterPrev2,
  ClusterNext2,
  ClusterPairPrev,
  ClusterPairNext,
}

const BOS = hashString(0, '<s>');

/** The bucket of the feature every word has, whose weights are the per-tag biases. */
export function biasBucket(bits: number): number {
  return hashPair(T.Bias, 1, 0) & ((1 << bits) - 1);
}
const EOS = hashString(0, '</s>');

/** A feature of one neighbour's spelling alone: which neighbour, and its key or its bare form. */
export interface NeighbourFeature {
  /** The neighbour's distance: -1 the word before, 2 the second word after. */
  readonly at: number;
  readonly template: number;
  readonly form: 'key' | 'bare';
}

/**
 * The first context features of every word, in `extract`'s order: each is the same wherever its
 * neighbour's spelling stands, so a tagger may keep their weights by spelling (`SequenceTagger`).
 */
export const NEIGHBOUR_FEATURES: readonly NeighbourFeature[] = [
  { at: -1, template: T.Prev1, form: 'key' },
  { at: -2, template: T.Prev2, form: 'key' },
  { at: 1, template: T.Next1, form: 'key' },
  { at: 2, template: T.Next2, form: 'key' },
  { at: -1, template: T.BarePrev, form: 'bare' },
  { at: 1, template: T.BareNext, form: 'bare' },
];

/** The hash of `feature` for the neighbour `info`, or for the sentence's edge when there is none. */
function neighbourHash(feature: NeighbourFeature, info: WordInfo | null): number {
  const value = info === null ? (feature.at < 0 ? BOS : EOS) : feature.form === 'key' ? info.key : info.bare;
  return hashPair(feature.template, value, 0);
}
const OPENING_QUOTES = new Set(['«', '“', '"']);
const CLOSING_QUOTES = new Set(['»', '”', '"']);
const CACHE_LIMIT = 200_000;

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private buffer = new Uint32Array(4096);
  private length = 0;

  constructor(private readonly resources: FeatureResources) {}

  /**
   * `shared: true` gives hashes that the next call overwrites, for a caller that reads them at once.
   * `context: true` leaves out the features of each word alone (`ownFeatures`), for a tagger that
   * sums those once per spelling; training reads them all.
   */
  extract(
    words: readonly string[],
    { context = false, shared = false }: { context?: boolean; shared?: boolean } = {},
  ): SentenceFeatures {
    const n = words.length;
    const infos: WordInfo[] = [];
    const forms: WordForms[] = [];
    const starts: (readonly Phrase[])[] = [];
    for (const word of words) {
      const info = this.info(word);
      infos.push(info);
      forms.push(info.forms);
      starts.push(info.starts);
    }
    const gaz = matchPhraseStarts(forms, starts);
    const inQuote = quoteDepths(words);
    this.length = 0;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offsets[i] = this.length;
      const w = infos[i] as WordInfo;
      const p1 = i > 0 ? infos[i - 1] : undefined;
      const n1 = i + 1 < n ? infos[i + 1] : undefined;
      if (!context) for (const h of w.own) this.push(h);
      for (const feature of NEIGHBOUR_FEATURES) {
        const j = i + feature.at;
        this.push(neighbourHash(feature, j >= 0 && j < n ? (infos[j] as WordInfo) : null));
      }
      this.push(hashPair(T.BigramPrev, p1?.key ?? BOS, w.key), hashPair(T.BigramNext, w.key, n1?.key ?? EOS));
      this.push(hashPair(T.CommonPrev, p1?.common ?? 9, 0), hashPair(T.CommonNext, n1?.common ?? 9, 0));
      pushMaskFeatures(this, T.GazBegin, gaz.begin[i] ?? 0, 0);
      pushMaskFeatures(this, T.GazInside, gaz.inside[i] ?? 0, 0);
      pushMaskFeatures(this, T.GazPrevEnd, i > 0 ? (gaz.end[i - 1] ?? 0) : 0, 0);
      pushMaskFeatures(this, T.GazPrev2End, i > 1 ? (gaz.end[i - 2] ?? 0) : 0, 0);
      pushMaskFeatures(this, T.GazNextBegin, gaz.begin[i + 1] ?? 0, 0);
      pushMaskFeatures(this, T.GazCommon, gaz.begin[i] ?? 0, w.common);
      if (inQuote[i]) this.push(hashPair(T.InQuote, 1, 0));
      if (p1?.quote === 1) this.push(hashPair(T.QuoteOpenPrev, 1, 0));
      if (n1?.quote === 2) this.push(hashPair(T.QuoteCloseNext, 1, 0));
      if (i === 0) this.push(hashPair(T.First, 1, 0));
      if (this.resources.clusters) {
        const none = [BOS, BOS];
        const p2 = i > 1 ? infos[i - 2] : undefined;
        const n2 = i + 2 < n ? infos[i + 2] : undefined;
        const c0 = w.cluster[0] ?? 0;
        const [p0 = BOS, pc1 = BOS] = p1?.cluster ?? none;
        const [n0 = EOS, nc1 = EOS] = n1?.cluster ?? [EOS, EOS];
        this.push(hashPair(T.ClusterPrev, p0, 0), hashPair(T.ClusterPrev, pc1, 1));
        this.push(hashPair(T.ClusterNext, n0, 0), hashPair(T.ClusterNext, nc1, 1));
        this.push(
          hashPair(T.ClusterPrev2, p2?.cluster[0] ?? BOS, 0),
          hashPair(T.ClusterNext2, n2?.cluster[0] ?? EOS, 0),
        );
        this.push(hashPair(T.ClusterPairPrev, p0, c0), hashPair(T.ClusterPairNext, c0, n0));
      }
      if (this.resources.wordClasses) {
        this.push(
          hashPair(T.WordClassPrev, p1?.wordClass ?? 1, 0),
          hashPair(T.WordClassNext, n1?.wordClass ?? 1, 0),
        );
      }
    }
    offsets[n] = this.length;
    return {
      offsets,
      hashes: shared ? this.buffer.subarray(0, this.length) : this.buffer.slice(0, this.length),
    };
  }

  /** The hash of `NEIGHBOUR_FEATURES[k]` when the neighbour it reads is `word`. */
  neighbourFeature(word: string, k: number): number {
    return neighbourHash(NEIGHBOUR_FEATURES[k] as NeighbourFeature, this.info(word));
  }

  /** The features of `word` alone, the same in every sentence (the first ones `extract` gives it). */
  ownFeatures(word: string): Uint32Array {
    return this.info(word).own;
  }

  /** Appends one or two hashes to the sentence's buffer (grown as needed). */
  push(a: number, b?: number): void {
    if (this.length + 2 > this.buffer.length) {
      const bigger = new Uint32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = a;
    if (b !== undefined) this.buffer[this.length++] = b;
  }

  private info(word: string): WordInfo {
    let info = this.cache.get(word);
    if (info) return info;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    info = describeWord(word, this.resources);
    this.cache.set(word, info);
    return info;
  }
}

function describeWord(
  word: string,
  { lexicon, wordClasses, clusters, gazetteer }: FeatureResources,
): WordInfo {
  const forms = analyzeWordForms(word);
  const { key, stem, bare } = forms;
  const common = isCommonWord(word, forms, lexicon);
  const shape = `${scriptOf(forms.key)}${lengthBucket(forms.bare.length)}`;
  const own = [
    hashPair(T.Bias, 1, 0),
    hashString(T.Key, key),
    hashString(T.Stem, stem),
    hashString(T.Bare, bare),
    hashString(T.KeyPre1, forms.key.slice(0, 1)),
    hashString(T.KeyPre2, forms.key.slice(0, 2)),
    hashString(T.BarePre2, forms.bare.slice(0, 2)),
    hashString(T.BarePre3, forms.bare.slice(0, 3)),
    hashString(T.Suf1, forms.key.slice(-1)),
    hashString(T.Suf2, forms.key.slice(-2)),
    hashString(T.Suf3, forms.key.slice(-3)),
    hashString(T.Suf4, forms.key.slice(-4)),
    hashString(T.Shape, shape),
    hashString(T.Clitics, forms.prefixes),
    hashPair(T.Common, common, 0),
    hashString(T.CommonShape, `${common}${shape}${forms.prefixes}`),
  ];
  const quote = OPENING_QUOTES.has(word) ? 1 : CLOSING_QUOTES.has(word) ? 2 : 0;
  let wordClass = 0;
  if (wordClasses) {
    const label = wordClasses.get(stem) ?? '-';
    wordClass = hashString(T.WordClassValue, label);
    own.push(hashString(T.WordClass, label), hashString(T.WordClass, `${label}${shape}${forms.prefixes}`));
  }
  const cluster: number[] = [];
  if (clusters) {
    const ids = clusters.get(stem);
    const labels = ids ? ids.map((id, g) => `${g}:${id}`) : ['-'];
    for (const label of labels) own.push(hashString(T.Cluster, label));
    own.push(hashString(T.ClusterClitics, `${labels[0]}${forms.prefixes}`));
    cluster.push(
      hashString(T.ClusterValue, labels[0] as string),
      hashString(T.ClusterValue, (labels[1] ?? labels[0]) as string),
    );
  }
  return {
    forms,
    wordClass,
    cluster,
    key: hashString(T.KeyValue, key),
    bare: hashString(T.KeyValue, bare),
    common,
    own: Uint32Array.from(own),
    quote,
    starts: phrasesStartingWith(forms, gazetteer),
  };
}

/** 1 when the lexicon knows the word as written or without a leading conjunction; 2 when no lexicon. */
function isCommonWord(word: string, forms: WordForms, lexicon: WordLexicon | undefined): number {
  if (!lexicon) return 2;
  if (forms.key.length < 2 || !/[\u0621-\u064A]/u.test(word)) return 3;
  const plain = lexiconSpelling(word);
  if (lexicon.has(plain)) return 1;
  if ((plain.startsWith('و') || plain.startsWith('ف')) && lexicon.has(plain.slice(1))) return 1;
  return 0;
}

function pushMaskFeatures(
  out: { push(a: number, b?: number): void },
  template: number,
  mask: number,
  extra: number,
): void {
  if (mask === 0) return;
  for (const kind of GAZ_KINDS) {
    const bit = GAZ_BIT[kind];
    if (mask & bit) out.push(hashPair(template, bit, extra));
  }
}

function scriptOf(key: string): string {
  if (/^[0-9]+([.,][0-9]+)*$/.test(key)) return 'd';
  if (/^[\u0621-\u064A]+$/u.test(key)) return 'a';
  if (/^[a-z]/.test(key)) return 'l';
  if (/^[\p{P}\p{S}]+$/u.test(key)) return key.length === 1 ? `p${key}` : 'p';
  return 'x';
}

function lengthBucket(length: number): string {
  if (length <= 3) return String(length);
  if (length <= 5) return '5';
  if (length <= 8) return '8';
  return '9';
}

/** Whether each word lies between an opening and a closing quotation mark of its sentence. */
function quoteDepths(words: readonly string[]): Uint8Array {
  const inside = new Uint8Array(words.length);
  let open = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (open >= 0 && CLOSING_QUOTES.has(word)) {
      for (let k = open + 1; k < i; k++) inside[k] = 1;
      open = -1;
    } else if (OPENING_QUOTES.has(word) && open < 0) open = i;
  }
  return inside;
}
