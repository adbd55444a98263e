import { useId, useState } from 'react';
import { EngineSwitch } from '../features/engine';
import { DatasetSwitcher } from '../features/import';
import { useLang, useT } from '../ui';
import { ImportToggle } from './import-drawer';
import { SCREEN_LABELS, SCREENS, type Screen } from './screens';

interface HeaderProps {
  screen: Screen;
  importOpen: boolean;
  onImportToggle: () => void;
  importId: string;
}

/**
 * Brand, data set, navigation, import and language. On a phone the navigation, import and language fold into a
 * menu (`nav-menu`) so the first screen shows figures, not four rows of links; the data set stays in sight.
 */
export function Header({ screen, importOpen, onImportToggle, importId }: HeaderProps) {
  const t = useT();
  const { lang, setLang } = useLang();
  // Open on the screen it was opened on: choosing another screen (a link, the back button) closes it.
  const [openOn, setOpenOn] = useState<Screen | null>(null);
  const menuOpen = openOn === screen;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? screen : null);
  const menuId = useId();
  return (
    <header className="app-header">
      <h1 className="brand">Spillover</h1>
      <DatasetSwitcher />
      <button
        type="button"
        className="button nav-menu"
        data-testid="nav-menu"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <span aria-hidden="true">☰</span> {t({ da: 'Menu', en: 'Menu' })}
      </button>
      <div id={menuId} className="header-menu" data-open={menuOpen}>
        <nav aria-label={t({ da: 'Skærme', en: 'Screens' })} className="nav">
          {SCREENS.map((s) => (
            <a key={s} href={`#/${s}`} aria-current={s === screen ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
              {t(SCREEN_LABELS[s])}
            </a>
          ))}
        </nav>
        <EngineSwitch />
        <div className="lang-switch" role="group" aria-label={t({ da: 'Sprog', en: 'Language' })}>
          <button type="button" aria-pressed={lang === 'da'} onClick={() => setLang('da')}>
            Dansk
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
            English
          </button>
        </div>
        <ImportToggle
          open={importOpen}
          controls={importId}
          onToggle={() => {
            onImportToggle();
            setMenuOpen(false);
          }}
        />
      </div>
    </header>
  );
}
