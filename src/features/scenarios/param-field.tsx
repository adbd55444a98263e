import { memo, useId, useState } from 'react';
import type { NumberSpec, ParamSpec } from '../../model';
import type { RawValue, ScenarioStore } from '../../queries';
import { useLang, useT } from '../../ui';
import { formatDkk } from '../../format';
import { fieldToValue, fromSlider, isLogScale, isPercent, LOG_STEPS, sliderStep, toFieldText, toSlider } from './param-input';

export interface ParamFieldProps {
  spec: ParamSpec;
  value: RawValue;
  /** The preset's value, shown as the default and used by reset. */
  presetValue: RawValue;
  changed: boolean;
  /** Passed whole (not as callbacks) so a field re-renders only when its own value changes. */
  store: ScenarioStore;
}

/** One assumption: label, unit, range, default, source; a slider and a field; errors stay at the field. */
export const ParamField = memo(function ParamField({ spec, value, presetValue, changed, store }: ParamFieldProps) {
  const t = useT();
  const onChange = (v: RawValue) => store.setParam(spec.id, v);
  const onReset = () => store.resetParam(spec.id);
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`param${changed ? ' param-changed' : ''}`} data-param={spec.id}>
      <div className="param-head">
        <label htmlFor={id} className="param-label">
          {t(spec.label)}
        </label>
        {changed ? (
          <span className="param-marker" data-testid={`changed-${spec.id}`}>
            {t({ da: 'ændret', en: 'changed' })}
          </span>
        ) : null}
      </div>
      {spec.kind === 'number' || spec.kind === 'share' ? (
        <NumberControl spec={spec} value={value as number} inputId={id} errorId={errorId} onChange={onChange} />
      ) : spec.kind === 'choice' ? (
        <select id={id} data-testid={`param-${spec.id}`} value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {spec.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {t(c.label)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="checkbox"
          data-testid={`param-${spec.id}`}
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      )}
      <div className="param-meta muted">
        <span>{isPercent(spec) ? t({ da: 'procent', en: 'percent' }) : t(spec.unit)}</span>
        {spec.kind === 'number' || spec.kind === 'share' ? <RangeText spec={spec} /> : null}
        <span>
          {t({ da: 'Forudindstilling', en: 'Preset' })}: <DisplayValue spec={spec} value={presetValue} />
        </span>
        {changed ? (
          <button type="button" className="link" onClick={onReset} data-testid={`reset-${spec.id}`}>
            {t({ da: 'Nulstil', en: 'Reset' })}
          </button>
        ) : null}
      </div>
      <details className="param-source">
        <summary>{t({ da: 'Kilde og begrundelse', en: 'Source and reasoning' })}</summary>
        <p>{t(spec.source)}</p>
      </details>
    </div>
  );
});

function RangeText({ spec }: { spec: NumberSpec }) {
  const t = useT();
  return (
    <span>
      {t({ da: 'Interval', en: 'Range' })}: <DisplayValue spec={spec as ParamSpec} value={spec.min} /> –{' '}
      <DisplayValue spec={spec as ParamSpec} value={spec.max} />
    </span>
  );
}

function DisplayValue({ spec, value }: { spec: ParamSpec; value: RawValue }) {
  const { lang } = useLang();
  const t = useT();
  if (spec.kind === 'choice') {
    const c = spec.choices.find((x) => x.value === value);
    return <>{c ? t(c.label) : String(value)}</>;
  }
  if (spec.kind === 'boolean') return <>{value ? t({ da: 'ja', en: 'yes' }) : t({ da: 'nej', en: 'no' })}</>;
  if (spec.unit.en === 'DKK') return <>{formatDkk(value as number, lang, { compact: Math.abs(value as number) >= 1e6 })}</>;
  const text = toFieldText(spec, value as number, lang);
  return <>{isPercent(spec) ? `${text}${lang === 'da' ? ' %' : '%'}` : text}</>;
}

function NumberControl({
  spec,
  value,
  inputId,
  errorId,
  onChange,
}: {
  spec: NumberSpec & ParamSpec;
  value: number;
  inputId: string;
  errorId: string;
  onChange: (v: number) => void;
}) {
  const { lang } = useLang();
  const t = useT();
  const pct = isPercent(spec);
  const [draft, setDraft] = useState(() => toFieldText(spec, value, lang));
  const [error, setError] = useState<{ da: string; en: string } | null>(null);
  // A change from elsewhere (reset, preset, slider, language) replaces the draft unless the draft already says it.
  const [seen, setSeen] = useState({ value, lang });
  if (seen.value !== value || seen.lang !== lang) {
    setSeen({ value, lang });
    const parsed = fieldToValue(spec, draft, lang);
    if (!(parsed.ok && parsed.value === value) || seen.lang !== lang) setDraft(toFieldText(spec, value, lang));
    setError(null);
  }
  const type = (text: string) => {
    setDraft(text);
    const parsed = fieldToValue(spec, text, lang);
    if (parsed.ok) {
      setError(null);
      if (parsed.value !== value) onChange(parsed.value);
    } else setError(parsed.reason);
  };
  const shown = pct ? value * 100 : value;
  const log = isLogScale(spec);
  return (
    <div className="param-controls">
      <input
        type="range"
        aria-label={`${t(spec.label)} (${t({ da: 'skyder', en: 'slider' })})`}
        aria-valuetext={log ? formatDkk(value, lang, { compact: true }) : undefined}
        min={log ? 0 : pct ? spec.min * 100 : spec.min}
        max={log ? LOG_STEPS : pct ? spec.max * 100 : spec.max}
        step={log ? 1 : sliderStep(spec)}
        value={log ? toSlider(spec, value) : shown}
        onChange={(e) => {
          const v = Number(e.target.value);
          onChange(log ? fromSlider(spec, v) : pct ? Number.parseFloat((v / 100).toPrecision(12)) : v);
        }}
      />
      <span className="param-input">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          data-testid={`param-${spec.id}`}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => type(e.target.value)}
        />
        {pct ? <span aria-hidden="true">%</span> : null}
      </span>
      {error ? (
        <span id={errorId} role="alert" className="param-error" data-testid={`param-error-${spec.id}`}>
          {t(error)}
        </span>
      ) : null}
    </div>
  );
}
