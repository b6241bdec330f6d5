/**
 * Hash routes, so every page has a shareable URL without server-side routing:
 * `#/analyze`, `#/search?q=…`, `#/entities`, `#/entity/<id>`, `#/stories`, `#/story/<id>`,
 * `#/document/<id>`, `#/dossier?a=…&b=…`, `#/graph`.
 */
import { useEffect, useState } from 'react';

export interface Route {
  readonly page: string;
  /** The path segment after the page, decoded (an id), or null. */
  readonly id: string | null;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [page = '', ...rest] = path.split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : null;
  return { page: page || 'analyze', id, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseHash(hash);
}

/** A link target for a page, an id and query parameters (empty values left out). */
export function href(page: string, id?: string | null, params?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) if (value) query.set(key, value);
  const path = id ? `${page}/${encodeURIComponent(id)}` : page;
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function navigate(target: string): void {
  window.location.hash = target.replace(/^#/, '');
}
