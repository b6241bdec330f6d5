/** A figure as a reader says it: its qualifier in words ("نحو ٣٠٠"), never the code (`about`). */
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';

export function Figure({ value, approx }: { value: number; approx?: string | null }) {
  const { t, lang } = useLang();
  const word = approx ? t.approx[approx] : undefined;
  const number = formatNumber(value, lang);
  // "at least" follows the number in Arabic (`٣٠ على الأقل`) and precedes it in English.
  if (approx === 'at_least' && lang === 'ar') return <span className="figure">{`${number} ${word}`}</span>;
  return <span className="figure">{word ? `${word} ${number}` : number}</span>;
}
