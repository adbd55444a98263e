import { useState } from 'react';
import {
  convertDistribution,
  DISTRIBUTION_KINDS,
  distributionIssue,
  paramSpec,
  type Distribution,
  type DistributionKind,
  type NumericParamId,
  type Text,
} from '../../model';
import { useLang, useT } from '../../ui';
import { isShare, numberSpec, parseTyped, toText, type Lang } from './number-text';

type Field = 'value' | 'min' | 'mode' | 'max' | 'mean' | 'sd' | 'median' | 'sigma';

const FIELDS: Record<DistributionKind, Field[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  lognormal: ['median', 'sigma'],
};

const KIND_LABELS: Record<DistributionKind, Text> = {
  fixed: { da: 'fast', en: 'fixed' },
  uniform: { da: 'ligefordeling', en: 'uniform' },
  triangular: { da: 'trekant', en: 'triangular' },
  pert: { da: 'PERT', en: 'PERT' },
  normal: { da: 'normal (afskåret)', en: 'normal (truncated)' },
  lognormal: { da: 'lognormal (afskåret)', en: 'lognormal (truncated)' },
};

const FIELD_LABELS: Record<Field, Text> = {
  value: { da: 'Værdi', en: 'Value' },
  min: { da: 'Min', en: 'Min' },
  mode: { da: 'Typisk', en: 'Mode' },
  max: { da: 'Maks', en: 'Max' },
  mean: { da: 'Middel', en: 'Mean' },
  sd: { da: 'Std.afv.', en: 'SD' },
  median: { da: 'Median', en: 'Median' },
  sigma: { da: 'σ (log)', en: 'σ (log)' },
};

/** σ of a lognormal is on the log scale: a plain number, never a percentage. */
const percentField = (id: NumericParamId, f: Field) => isShare(id) && f !== 'sigma';

function fieldValue(d: Distribution, f: Field): number {
  return (d as unknown as Record<string, number>)[f] ?? 0; // the field list of each kind names its own keys
}

function texts(id: NumericParamId, d: Distribution, lang: Lang): Record<string, string> {
  return Object.fromEntries(FIELDS[d.kind].map((f) => [f, toText(fieldValue(d, f), percentField(id, f), lang)]));
}

/** Bounds checked in the units the user typed (percent for shares), before the model's own check. */
function rangeProblem(id: NumericParamId, d: Distribution, lang: Lang): Text | null {
  const spec = numberSpec(id);
  const pct = isShare(id);
  const shown = (v: number) => `${toText(v, pct, lang)}${pct ? ' %' : ''}`;
  for (const f of ['value', 'min', 'mode', 'max'] as const) {
    if (!FIELDS[d.kind].includes(f)) continue;
    const v = fieldValue(d, f);
    if (v < spec.min || v > spec.max) {
      return {
        da: `${FIELD_LABELS[f].da} skal ligge mellem ${shown(spec.min)} og ${shown(spec.max)}.`,
        en: `${FIELD_LABELS[f].en} must be between ${shown(spec.min)} and ${shown(spec.max)}.`,
      };
    }
  }
  if ((d.kind === 'triangular' || d.kind === 'pert') && !(d.min <= d.mode && d.mode <= d.max)) {
    return { da: 'Kræver min ≤ typisk ≤ maks.', en: 'Needs min ≤ mode ≤ max.' };
  }
  if (d.kind === 'uniform' && d.min > d.max) return { da: 'Min må ikke være over maks.', en: 'Min must not exceed max.' };
  return null;
}

export interface DistributionRowProps {
  id: NumericParamId;
  value: Distribution;
  changed: boolean;
  /** A valid distribution, or null with the reason (then it never reaches the run). */
  onChange: (id: NumericParamId, d: Distribution | null, problem: Text | null) => void;
}

/** One parameter's distribution: kind, its numbers (shares in percent), the problem at the field. */
export function DistributionRow({ id, value, changed, onChange }: DistributionRowProps) {
  const t = useT();
  const { lang } = useLang();
  const [kind, setKind] = useState<DistributionKind>(value.kind);
  const [raw, setRaw] = useState<Record<string, string>>(() => texts(id, value, lang));
  const [problem, setProblem] = useState<Text | null>(null);
  const spec = paramSpec(id);
  const errorId = `dist-error-${id}`;

  const apply = (k: DistributionKind, fields: Record<string, string>) => {
    const parsed: Record<string, number> = {};
    for (const f of FIELDS[k]) {
      const p = parseTyped(fields[f] ?? '');
      if (!p.ok) {
        const reason = { da: `${t(FIELD_LABELS[f])}: ${p.reason.da}`, en: `${t(FIELD_LABELS[f])}: ${p.reason.en}` };
        setProblem(reason);
        onChange(id, null, reason);
        return;
      }
      parsed[f] = percentField(id, f) ? p.value / 100 : p.value;
    }
    const d = { kind: k, ...parsed } as Distribution; // FIELDS[k] lists exactly the keys of kind k
    const issue = rangeProblem(id, d, lang) ?? distributionIssue(id, d);
    setProblem(issue);
    onChange(id, issue ? null : d, issue);
  };

  const switchKind = (k: DistributionKind) => {
    const d = convertDistribution(id, value, k);
    const fields = texts(id, d, lang);
    setKind(k);
    setRaw(fields);
    apply(k, fields);
  };

  return (
    <div className={`dist-row${changed ? ' param-changed' : ''}`} data-testid={`dist-row-${id}`}>
      <div className="dist-name">
        <span className="param-label">{t(spec.label)}</span>
        <span className="muted dist-unit">{isShare(id) ? '%' : t(spec.unit)}</span>
      </div>
      <label className="field-inline">
        <span className="visually-hidden">
          {t({ da: `Fordeling for ${t(spec.label)}`, en: `Distribution of ${t(spec.label)}` })}
        </span>
        <select data-testid={`dist-kind-${id}`} value={kind} onChange={(e) => switchKind(e.target.value as DistributionKind)}>
          {DISTRIBUTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </select>
      </label>
      <div className="dist-fields">
        {FIELDS[kind].map((f) => (
          <label key={f} className="dist-field">
            <span className="dist-field-label">{t(FIELD_LABELS[f])}</span>
            <input
              type="text"
              inputMode="decimal"
              data-testid={`dist-${id}-${f}`}
              value={raw[f] ?? ''}
              aria-invalid={problem !== null}
              aria-describedby={problem ? errorId : undefined}
              onChange={(e) => {
                const next = { ...raw, [f]: e.target.value };
                setRaw(next);
                apply(kind, next);
              }}
            />
          </label>
        ))}
      </div>
      {problem ? (
        <p id={errorId} className="param-error" role="alert" data-testid={`dist-error-${id}`}>
          {t(problem)}
        </p>
      ) : null}
    </div>
  );
}
