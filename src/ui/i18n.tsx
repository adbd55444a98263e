import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

export type Lang = 'da' | 'en';
/** A text in both languages. Danish is the default. */
export type Text = { da: string; en: string };

interface LangState {
  lang: Lang;
  setLang: (l: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'da', setLang: () => undefined });
const STORAGE_KEY = 'spillover.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'da' || fromUrl === 'en') return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'da';
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    window.localStorage.setItem(STORAGE_KEY, lang);
  }, [lang]);
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** Picks the active language's side of a Text. */
export function useT(): (t: Text) => string {
  const { lang } = useLang();
  return (t) => t[lang];
}
