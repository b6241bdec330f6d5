/**
 * A body's name run into the name of the person it introduces: `زعيم مرتزقة فاغنر يفغيني بريغوجين`
 * is tagged as one person, `فاغنر يفغيني بريغوجين`. Where the document names that first word on its
 * own as an organisation or a place, and a given name follows it, the person begins at the given
 * name and the first word is its own mention of the type the document gives it.
 */
import { GAZ_BIT, type Gazetteer, phraseKinds } from './gazetteer/gazetteer.js';
import { TAG_INDEX, tagPart, tagType } from './tagger/tags.js';
import { wordFormsOf } from './word-forms.js';

export function splitFusedNames(
  sentences: readonly (readonly string[])[],
  tags: readonly Int32Array[],
  gazetteer: Gazetteer,
): Int32Array[] {
  const bodies = oneWordBodies(sentences, tags);
  if (bodies.size === 0) return tags.map((t) => Int32Array.from(t));
  return sentences.map((words, s) => {
    const out = Int32Array.from(tags[s] as Int32Array);
    for (let i = 0; i + 1 < words.length; i++) {
      if (tagType(out[i] as number) !== 'PER' || tagPart(out[i] as number) !== 'B') continue;
      if (tagPart(out[i + 1] as number) !== 'I') continue;
      const type = bodies.get(wordFormsOf(words[i] as string).stem);
      const next = wordFormsOf(words[i + 1] as string).key;
      if (!type || (phraseKinds(gazetteer, [next]) & GAZ_BIT.firstName) === 0) continue;
      out[i] = TAG_INDEX.get(`B-${type}`) ?? 0;
      out[i + 1] = TAG_INDEX.get('B-PER') ?? 0;
    }
    return out;
  });
}

/** Stems of the words tagged alone as an organisation or a place somewhere in the document. */
function oneWordBodies(
  sentences: readonly (readonly string[])[],
  tags: readonly Int32Array[],
): Map<string, 'ORG' | 'LOC'> {
  const bodies = new Map<string, 'ORG' | 'LOC'>();
  sentences.forEach((words, s) => {
    const t = tags[s] as Int32Array;
    for (let i = 0; i < words.length; i++) {
      const type = tagType(t[i] as number);
      if ((type !== 'ORG' && type !== 'LOC') || tagPart(t[i] as number) !== 'B') continue;
      if (tagPart((t[i + 1] ?? 0) as number) === 'I') continue;
      bodies.set(wordFormsOf(words[i] as string).stem, type);
    }
  });
  return bodies;
}
