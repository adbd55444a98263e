import { useId, useState } from 'react';
import type { GainMapping } from '../../db';
import {
  mappingFileOf,
  parseMappingFile,
  unmatchedColumns,
  type MappingFile,
  type MappingFileProblem,
  type PreparedImport,
  type ValueMapping,
} from '../../queries';
import { downloadFile, ErrorBanner, Notice, useT, type Text } from '../../ui';

function problemText(p: MappingFileProblem): Text {
  switch (p.code) {
    case 'not-json':
      return { da: 'Filen er ikke JSON.', en: 'The file is not JSON.' };
    case 'not-mapping':
      return {
        da: 'Filen er ikke en kolonnetilknytning (den mangler «columns»).',
        en: 'The file is not a column mapping (it has no “columns”).',
      };
    case 'version':
      return {
        da: `Ukendt version ${p.version}; kun version 1 kan læses.`,
        en: `Unknown version ${p.version}; only version 1 can be read.`,
      };
    case 'header-row':
      return { da: '«headerRow» skal være et helt tal fra 1.', en: '“headerRow” must be a whole number from 1.' };
    case 'column':
      return {
        da: `«${p.field}» er ikke et felt, eller dets kolonne er ikke tekst.`,
        en: `“${p.field}” is not a field, or its column is not text.`,
      };
    case 'value':
      return p.value
        ? {
            da: `Værdien «${p.value}» i «${p.field}» læses som noget ukendt.`,
            en: `The value “${p.value}” in “${p.field}” reads as something unknown.`,
          }
        : { da: `«${p.field}» kan ikke have en værditilknytning.`, en: `“${p.field}” cannot have a value mapping.` };
  }
}

/**
 * The mapping as a JSON file to hand a colleague (`mapping-export`), and one read back (`mapping-import`): checked
 * before anything is applied, a bad one refused with the reason; a header row other than this one reads the file again.
 */
export function MappingFileButtons({
  prepared,
  mapping,
  values,
  onApply,
}: {
  prepared: PreparedImport;
  mapping: GainMapping;
  values: ValueMapping;
  onApply: (file: MappingFile) => void;
}) {
  const t = useT();
  const inputId = useId();
  const [problem, setProblem] = useState<MappingFileProblem | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const base = prepared.fileName.replace(/\.[^.]+$/, '');
  return (
    <div className="mapping-file">
      <button
        type="button"
        data-testid="mapping-export"
        onClick={() =>
          downloadFile(
            [JSON.stringify(mappingFileOf(prepared, mapping, values), null, 2)],
            `${base}.${t({ da: 'tilknytning', en: 'mapping' })}.json`,
            'application/json',
          )
        }
      >
        {t({ da: 'Gem tilknytningen (JSON)', en: 'Save the mapping (JSON)' })}
      </button>{' '}
      <label htmlFor={inputId} className="button">
        {t({ da: 'Brug en gemt tilknytning …', en: 'Use a saved mapping …' })}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        data-testid="mapping-import"
        aria-label={t({ da: 'Vælg en gemt tilknytning', en: 'Choose a saved mapping' })}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (!file) return;
          void file.text().then((text) => {
            const read = parseMappingFile(text);
            if ('problem' in read) {
              setProblem(read.problem);
              return;
            }
            setProblem(null);
            setUnmatched(read.file.headerRow === (prepared.headerRow ?? 1) ? unmatchedColumns(prepared, read.file) : []);
            onApply(read.file);
          });
        }}
      />
      {problem ? (
        <div data-testid="mapping-import-error" data-code={problem.code}>
          <ErrorBanner
            title={{ da: 'Tilknytningen blev ikke brugt.', en: 'The mapping was not used.' }}
            action={problemText(problem)}
          />
        </div>
      ) : null}
      {unmatched.length ? (
        <Notice testId="mapping-import-unmatched">
          {t({ da: 'Filen har ikke kolonnerne for', en: 'This file has no columns for' })}: {unmatched.join(', ')}
        </Notice>
      ) : null}
    </div>
  );
}
