/**
 * A dossier as people read it: the stages of the relationship (`مراحل تطور العلاقات`), each entry
 * an event with its date in Arabic (how it was dated when not from the event itself), its kind,
 * the summary clause, and every outlet that reported it; disagreements between outlets shown.
 * Markdown and HTML for publishing (every text escaped), plain text for the terminal, JSON for scripts.
 */
import type { DossierData } from '../../corpus/dossier/data.js';
import type { Dossier, DossierEntry } from '../../corpus/types.js';

export const DOSSIER_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

type Labels = Pick<DossierData, 'months' | 'relations' | 'types'>;

const MODS: Record<string, string> = {
  EARLY: 'أوائل',
  MID: 'منتصف',
  LATE: 'أواخر',
  APPROX: 'نحو',
  SINCE: 'منذ',
};
const BASIS: Record<string, string> = { article: ' (تاريخ النشر)', story: ' (تاريخ القصة)' };
/** A report's weekday or `أمس` read against its story's date: the day is likely, not sure. */
const STORY_ANCHOR = ' (بحسب تاريخ القصة)';

/** `12 مايو 2019`, `أواخر يناير 2018`, `منذ 2016`, `2025-07-04 (تاريخ النشر)`. */
export function arabicDate(
  entry: Pick<DossierEntry, 'date' | 'dateMod' | 'dateBasis' | 'dateAnchor'>,
  months: readonly string[],
): string {
  const { date } = entry;
  if (date === null) return 'غير مؤرخ';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(date);
  let text = date;
  if (m) {
    const [, year, month, day] = m;
    const monthName = month ? months[Number(month) - 1] : undefined;
    text = [day ? String(Number(day)) : null, monthName ?? null, year].filter(Boolean).join(' ');
  }
  const mod = entry.dateMod ? MODS[entry.dateMod] : undefined;
  const basis = entry.dateAnchor === 'story' ? STORY_ANCHOR : (BASIS[entry.dateBasis] ?? '');
  return `${mod ? `${mod} ` : ''}${text}${basis}`;
}

function kindOf(entry: DossierEntry, labels: Labels): string {
  if (entry.kind === 'mention') return 'ذكر مشترك';
  const also = (entry.alsoReportedAs ?? []).map((a) => actionLabel(a, labels));
  const main = `${actionLabel(entry, labels)} (${entry.type})`;
  return also.length > 0 ? `${main}، وورد أيضا: ${[...new Set(also)].join('، ')}` : main;
}

function actionLabel(action: Pick<DossierEntry, 'type' | 'relation'>, labels: Labels): string {
  const relation = action.relation ? labels.relations[action.relation] : undefined;
  return relation ?? (action.type ? (labels.types[action.type] ?? action.type) : '');
}

function disagreementsOf(entry: DossierEntry): string[] {
  return entry.disagreements.map(
    (d) =>
      `المصادر تختلف في التاريخ: ${d.values.map((v) => `${v.value} (${v.outlets.join('، ')})`).join('؛ ')}`,
  );
}

const link = (s: DossierEntry['sources'][number]) =>
  s.url ?? s.document.url ?? s.document.source ?? s.document.id;
const outlet = (s: DossierEntry['sources'][number]) => s.outlet ?? 'مصدر غير معروف';

export function renderDossier(d: Dossier, format: DossierFormat, labels: Labels): string {
  if (format === 'json') return `${JSON.stringify(d, null, 2)}\n`;
  const title = `${d.a.name} — ${d.b.name}`;
  const heading = `مراحل تطور العلاقات: ${title}`;
  const count = `عدد الأحداث: ${d.entries.length}`;
  if (format === 'markdown') {
    let out = `# ${escapeMarkdown(heading)}\n\n${count}\n`;
    for (const stage of d.stages) {
      out += `\n## ${escapeMarkdown(stage.label)}\n\n`;
      for (const i of stage.entries) {
        const e = d.entries[i] as DossierEntry;
        const sources = e.sources
          .map((s) => `[${escapeMarkdown(outlet(s))}](${link(s).replace(/[()\s]/g, encodeURIComponent)})`)
          .join('، ');
        out += `- **${escapeMarkdown(arabicDate(e, labels.months))}** · ${escapeMarkdown(kindOf(e, labels))} · ${escapeMarkdown(e.summary)} — ${sources}\n`;
        for (const note of disagreementsOf(e)) out += `  - ${escapeMarkdown(note)}\n`;
      }
    }
    return out;
  }
  if (format === 'html') {
    const sections = d.stages
      .map((stage) => {
        const items = stage.entries
          .map((i) => {
            const e = d.entries[i] as DossierEntry;
            const sources = e.sources
              .map(
                (s) =>
                  `      <li><cite><a href="${escapeHtml(link(s))}">${escapeHtml(outlet(s))}</a></cite> <time>${escapeHtml(s.published ?? '')}</time> <q>${escapeHtml(s.text.replace(/\s+/gu, ' '))}</q></li>`,
              )
              .join('\n');
            const notes = disagreementsOf(e)
              .map((n) => `    <p class="disagreement">${escapeHtml(n)}</p>\n`)
              .join('');
            return `  <li class="${e.kind}">\n    <time datetime="${escapeHtml(e.date ?? '')}">${escapeHtml(arabicDate(e, labels.months))}</time> <span class="type">${escapeHtml(kindOf(e, labels))}</span>\n    <p>${escapeHtml(e.summary)}</p>\n${notes}    <details><summary>${e.sources.length} مصدر</summary>\n    <ul>\n${sources}\n    </ul></details>\n  </li>`;
          })
          .join('\n');
        return `<section>\n<h2>${escapeHtml(stage.label)}</h2>\n<ol>\n${items}\n</ol>\n</section>`;
      })
      .join('\n');
    return `<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>\n<body>\n<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(count)}</p>\n${sections}\n</body>\n</html>\n`;
  }
  let out = `${heading} (${count})\n`;
  for (const stage of d.stages) {
    out += `\n== ${stage.label} ==\n`;
    for (const i of stage.entries) {
      const e = d.entries[i] as DossierEntry;
      out += `\n${arabicDate(e, labels.months)}  ${kindOf(e, labels)}\n  ${e.summary}\n`;
      for (const note of disagreementsOf(e)) out += `  ! ${note}\n`;
      for (const s of e.sources) out += `  - ${outlet(s)} ${s.published ?? ''} ${link(s)}\n`;
    }
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
