import type { Dossier } from '../../store/store.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const dossierCommand: Command = {
  name: 'dossier',
  summary: 'the chronology between two actors, each line dated and citing its sentence and outlet',
  help: `Usage: rasd dossier A B [options]

The chronology of what passed between two actors (people, organisations, countries) across all
stored documents: every extracted event linking them and every sentence naming both, oldest first,
each dated (by the event's own date, else the report's) and citing its sentence and outlet. A and B
are names in any spelling, or corpus ids (C…). A syndicated sentence is listed once.

Options:
${STORE_HELP}
  --format text|markdown|html|json   text (default); markdown or html (escaped) to publish; json
  -h, --help                this help

Exit status: 0 when the dossier was written (even empty), 1 when neither actor is known or
the store cannot be opened (no store at that path, not a Rasd store, locked, or written by a newer
Rasd; one line on stderr), 2 for a wrong command line.

Examples:
  rasd dossier روسيا طالبان
  rasd dossier "سيرغي لافروف" كابول --format markdown > lavrov-kabul.md
  rasd dossier موسكو طالبان --format html > dossier.html
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { ...STORE_OPTION, format: { type: 'string' } });
    if (positionals.length !== 2)
      throw new UsageError('give exactly two actors, A and B (quote names of several words)');
    const [a, b] = positionals as [string, string];
    const format = oneOf(values.format, FORMATS, '--format') ?? 'text';
    return withStore('dossier', values.store, async (store) => {
      await store.refreshCorpus({ ifStale: true });
      const dossier = await store.dossier(a, b);
      if (!dossier) {
        process.stderr.write(`rasd dossier: neither "${a}" nor "${b}" is known in ${store.location}\n`);
        return EXIT_INPUT_FAILED;
      }
      // A name the corpus has no entity for is still searched as words; say so, or an empty
      // dossier reads as "these two never dealt with each other".
      for (const [asked, actor] of [
        [a, dossier.a],
        [b, dossier.b],
      ] as const) {
        if (actor.id.startsWith('name:')) {
          process.stderr.write(`rasd dossier: "${asked}" is not a known entity; searched as plain words\n`);
        }
      }
      process.stdout.write(renderDossier(dossier, format));
      return EXIT_OK;
    });
  },
};

export function renderDossier(d: Dossier, format: Format): string {
  if (format === 'json') return `${JSON.stringify(d, null, 2)}\n`;
  const title = `${d.a.name} — ${d.b.name}`;
  const lines = d.entries.map((e) => ({
    date: e.date ?? 'undated',
    type: e.type ?? 'mention',
    sentence: e.evidence.text.replace(/\s+/gu, ' '),
    outlet: e.evidence.document.outlet ?? 'unknown outlet',
    link: e.evidence.document.url ?? e.evidence.document.source ?? e.evidence.document.id,
    basis: e.dateBasis,
  }));
  if (format === 'markdown') {
    let out = `# ${escapeMarkdown(title)}\n\n${lines.length} entries\n\n`;
    for (const l of lines) {
      out += `- **${l.date}** · ${l.type} · ${escapeMarkdown(l.sentence)} — [${escapeMarkdown(l.outlet)}](${l.link.replace(/[()\s]/g, encodeURIComponent)})\n`;
    }
    return out;
  }
  if (format === 'html') {
    const items = lines
      .map(
        (l) =>
          `  <li><time>${escapeHtml(l.date)}</time> <span class="type">${escapeHtml(l.type)}</span> <q>${escapeHtml(l.sentence)}</q> — <cite><a href="${escapeHtml(l.link)}">${escapeHtml(l.outlet)}</a></cite></li>`,
      )
      .join('\n');
    return `<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n<ol>\n${items}\n</ol>\n</body>\n</html>\n`;
  }
  let out = `${title}: ${lines.length} entries\n`;
  for (const l of lines) out += `\n${l.date}  ${l.type}  (${l.outlet})\n  ${l.sentence}\n  ${l.link}\n`;
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
