/**
 * The typed client of the HTTP API. Types come from the server's own sources (the analysis
 * contract, the store interface), so the UI and the API cannot drift apart unnoticed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis } from '../../../src/contract/analysis.js';
import type { StoryCoverage } from '../../../src/corpus/coverage.js';
import type {
  Conflict,
  CorpusEntity,
  Dossier,
  EntityDetail,
  QueryExpansion,
  Story,
} from '../../../src/corpus/types.js';
import type { ActorGraph } from '../../../src/server/routes/graph/actor-graph.js';
import type { DocumentRecord, DocumentSummary, ListResult, SearchHit } from '../../../src/store/store.js';

export type {
  ActorGraph,
  Analysis,
  Conflict,
  CorpusEntity,
  DocumentRecord,
  DocumentSummary,
  Dossier,
  EntityDetail,
  ListResult,
  SearchHit,
  Story,
  StoryCoverage,
};

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined>;

async function request<T>(path: string, init?: RequestInit, params?: Params): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {}))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const url = query.size > 0 ? `${path}?${query}` : path;
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (error) {
    // The browser's own words ("Failed to fetch") name no cause a reader can act on: a code does.
    throw new ApiFailure(0, 'network', (error as Error).message);
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(res.status, error?.code ?? 'http_error', error?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export interface AnalyzeBody {
  text?: string;
  url?: string;
  published?: string;
}

export const api = {
  analyze: (body: AnalyzeBody) =>
    request<Analysis>('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  search: (params: Params) =>
    request<
      ListResult<SearchHit> & {
        aliases?: readonly QueryExpansion[];
        totalCapped?: boolean;
        outlets?: readonly { outlet: string | null; count: number }[];
      }
    >('/api/search', undefined, params),
  documents: (params: Params) => request<ListResult<DocumentSummary>>('/api/documents', undefined, params),
  document: (id: string) => request<DocumentRecord>(`/api/documents/${encodeURIComponent(id)}`),
  entities: (params: Params) => request<ListResult<CorpusEntity>>('/api/entities', undefined, params),
  entity: (id: string) => request<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  stories: (params: Params) => request<ListResult<Story>>('/api/stories', undefined, params),
  story: (id: string) => request<Story>(`/api/stories/${encodeURIComponent(id)}`),
  storyCoverage: (id: string) => request<StoryCoverage>(`/api/stories/${encodeURIComponent(id)}/coverage`),
  conflicts: (params: Params) => request<ListResult<Conflict>>('/api/conflicts', undefined, params),
  dossier: (a: string, b: string, all = false) =>
    request<Dossier>('/api/dossier', undefined, all ? { a, b, all: 'true' } : { a, b }),
  graph: () => request<ActorGraph>('/api/graph'),
};

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: ApiFailure | Error | null;
  readonly loading: boolean;
  /** Asks again (after an error); absent where there is nothing to ask again. */
  readonly retry?: () => void;
}

/** Runs `load` whenever `key` changes (null: nothing to load) and keeps the latest answer only. */
export function useApi<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: key !== null });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // `load` is a new closure on every render; keeping the latest in a ref lets `key`, which names
  // everything `load` reads, alone decide when to load again (depending on `load` loops forever).
  const latestLoad = useRef(load);
  latestLoad.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is how `retry` asks again.
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    latestLoad.current().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: Error) => current && setState({ data: null, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  return { ...state, retry };
}
