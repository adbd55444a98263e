import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { SectionId } from './sections';

/** Management's own words in the report: title, subtitle, authors and a commentary per section. */
export interface ReportText {
  title?: string;
  subtitle?: string;
  authors?: string;
  notes?: Partial<Record<SectionId, string>>;
}

type Field = 'title' | 'subtitle' | 'authors' | `note:${SectionId}`;

const PREFIX = 'spillover.report-text.';

/** Kept with the data set (its content hash) and the scenario (saved scenario, else preset), in localStorage. */
export const reportTextKey = (datasetHash: string, scenario: string) => `${PREFIX}${datasetHash}.${scenario}`;

function read(key: string): ReportText {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(key) ?? '{}');
    return v && typeof v === 'object' ? (v as ReportText) : {}; // written only by write() below; a damaged value reads as empty
  } catch {
    return {};
  }
}

function write(key: string, text: ReportText) {
  try {
    window.localStorage.setItem(key, JSON.stringify(text));
  } catch {
    /* storage full or unavailable: the text stays for this page */
  }
}

interface ReportTextState {
  text: ReportText;
  set: (field: Field, value: string) => void;
}

const Ctx = createContext<ReportTextState>({ text: {}, set: () => undefined });

/** Holds the texts for one storage key; remount (key={storageKey}) when the data set or scenario changes. */
export function ReportTextProvider({ storageKey, children }: { storageKey: string; children: ReactNode }) {
  const [text, setText] = useState<ReportText>(() => read(storageKey));
  const set = useCallback(
    (field: Field, value: string) =>
      setText((prev) => {
        const next: ReportText = field.startsWith('note:')
          ? { ...prev, notes: { ...prev.notes, [field.slice(5)]: value } }
          : { ...prev, [field]: value };
        write(storageKey, next);
        return next;
      }),
    [storageKey],
  );
  return <Ctx.Provider value={{ text, set }}>{children}</Ctx.Provider>;
}

export const useReportText = () => useContext(Ctx);
