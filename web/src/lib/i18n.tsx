/**
 * Interface labels, Arabic first with an English switch. Article text is never translated: only
 * the chrome around it. The choice is kept in localStorage and reflected on <html lang dir>.
 */

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ar, type Messages } from './messages/ar.js';
import { en } from './messages/en.js';

export type Lang = 'ar' | 'en';

export type { Messages };

const MESSAGES: Record<Lang, Messages> = { ar, en };

interface LangState {
  readonly lang: Lang;
  readonly t: Messages;
  toggle(): void;
}

const LangContext = createContext<LangState>({ lang: 'ar', t: ar, toggle: () => {} });

function storedLang(): Lang {
  try {
    return localStorage.getItem('rasd.lang') === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    try {
      localStorage.setItem('rasd.lang', lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, [lang]);
  const toggle = useCallback(() => setLang((l) => (l === 'ar' ? 'en' : 'ar')), []);
  const value = useMemo(() => ({ lang, t: MESSAGES[lang], toggle }), [lang, toggle]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}
