import { type FormEvent, useState } from 'react';
import { AnalysisPanel } from '../components/AnalysisPanel.js';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { type Analysis, type AnalyzeBody, ApiFailure, api, type Loaded } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import type { Route } from '../lib/router.js';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function AnalyzePage({ route }: { route: Route }) {
  const { t } = useLang();
  const [text, setText] = useState('');
  const [url, setUrl] = useState(route.params.get('url') ?? '');
  const [published, setPublished] = useState('');
  const [fileName, setFileName] = useState('');
  const [state, setState] = useState<Loaded<Analysis>>({ data: null, error: null, loading: false });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = text.trim() ? { text } : url.trim() ? { url: url.trim() } : null;
    if (!body) {
      setState({ data: null, error: new ApiFailure(0, 'emptyInput', ''), loading: false });
      return;
    }
    await run({ ...body, ...(published ? { published } : {}) });
  }

  /** Sends one analysis; a failure can be retried with the same input (a busy server, a dropped connection). */
  async function run(body: AnalyzeBody) {
    setState({ data: null, error: null, loading: true });
    try {
      const data = await api.analyze(body);
      setState({ data, error: null, loading: false });
    } catch (error) {
      setState({ data: null, error: error as Error, loading: false, retry: () => void run(body) });
    }
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setState({ data: null, error: new ApiFailure(0, 'fileTooLarge', file.name), loading: false });
      return;
    }
    setFileName(file.name);
    setText(await file.text());
  }

  return (
    <div className="page">
      <Heading title={t.analyze.title} />
      <form className="analyze-form" onSubmit={submit}>
        <label>
          {t.analyze.paste}
          <textarea
            name="text"
            rows={8}
            dir="auto"
            lang="ar"
            placeholder={t.analyze.placeholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <div className="row">
          {/* The browser's own file button speaks the browser's language: ours speaks the page's. */}
          <label className="file-pick">
            {t.analyze.file}
            <span className="file-button">{fileName ? <bdi>{fileName}</bdi> : t.analyze.chooseFile}</span>
            <input
              type="file"
              className="visually-hidden"
              accept=".txt,.md,text/plain"
              onChange={(e) => readFile(e.target.files?.[0])}
            />
          </label>
          <label>
            {t.analyze.url}
            <input type="url" name="url" dir="ltr" value={url} onChange={(e) => setUrl(e.target.value)} />
          </label>
          <label>
            {t.analyze.published}
            <input
              type="date"
              name="published"
              value={published}
              onChange={(e) => setPublished(e.target.value)}
            />
          </label>
          <button type="submit">{t.analyze.submit}</button>
        </div>
      </form>
      <Status state={state} />
      {state.data ? <AnalysisPanel analysis={state.data} /> : null}
    </div>
  );
}
