/**
 * A page's main heading. It names the browser tab ("القصص — رصد"), and after an in-app
 * navigation it takes the focus, so a screen reader announces the new page and the keyboard
 * starts from it (the first page load keeps the browser's own focus).
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useLang } from '../lib/i18n.js';

let navigated = false;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (navigated = true));

export function Heading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useLang();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t.appName}`;
  }, [title, t]);
  useEffect(() => {
    if (navigated && ref.current) {
      navigated = false;
      ref.current.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children ?? title}
    </h1>
  );
}
