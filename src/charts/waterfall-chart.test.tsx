// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDkk } from '../format';
import { chainSteps } from './chain-steps';
import { WaterfallChart } from './waterfall-chart';

// The demo's chain under the DAMVAD preset: an adoption ceiling of 100 % and no implementation cost make two steps
// that multiply by exactly 1.
const CHAIN = [
  { id: 'reported', label: { da: 'Rapporterede gevinster (R)', en: 'Reported gains (R)' }, value: 90e6, multiplier: null },
  { id: 'transferability', label: { da: '× overførbarhed', en: '× transferability' }, value: 45e6, multiplier: 0.5 },
  {
    id: 'relevant_population',
    label: { da: 'Opskaleret til den relevante population', en: 'Scaled to the relevant population' },
    value: 8.39e9,
    multiplier: 8.39e9 / 45e6,
  },
  {
    id: 'national_potential',
    label: { da: '× udbredelsesloft = nationalt potentiale (N)', en: '× adoption ceiling = national potential (N)' },
    value: 8.39e9,
    multiplier: 1,
  },
  { id: 'additionality', label: { da: 'Efter additionalitet', en: 'After additionality' }, value: 6.1e9, multiplier: 6.1 / 8.39 },
  { id: 'social_gain', label: { da: 'Samfundsgevinst (S)', en: 'Social gain (S)' }, value: 6.1e9, multiplier: 1 },
];

function draw(width: number, lang: 'da' | 'en') {
  return render(
    <WaterfallChart
      title="Kæden"
      description="…"
      steps={chainSteps(CHAIN, lang)}
      formatTick={(v) => formatDkk(v, lang, { compact: true })}
      width={width}
      lang={lang}
    />,
  );
}

describe('WaterfallChart', () => {
  it('folds a total that multiplies by exactly 1 into the step before it: no two "× 1,000" bars', () => {
    const da = chainSteps(CHAIN, 'da');
    expect(da.map((s) => s.label)).toEqual([
      'Rapporterede gevinster (R)',
      '× overførbarhed',
      'Opskaleret til den relevante population = nationalt potentiale (N)',
      'Efter additionalitet = samfundsgevinst (S)',
    ]);
    expect(da.map((s) => s.factor)).toEqual(['', '× 0,500', '× 186,4', '× 0,727']);
    expect(da.map((s) => s.kind)).toEqual(['reported', 'step', 'total', 'total']);
    expect(chainSteps(CHAIN, 'en')[2]?.label).toBe('Scaled to the relevant population = national potential (N)');
    // A ceiling below 100 % keeps both bars.
    const capped = CHAIN.map((s) => (s.id === 'national_potential' ? { ...s, value: 4.2e9, multiplier: 0.5 } : s));
    expect(chainSteps(capped, 'da')).toHaveLength(5);
  });

  it.each([
    [390, 'da'],
    [390, 'en'],
    [1200, 'da'],
    [1200, 'en'],
  ] as const)('draws every bar at %i px (%s) and says how many in data-bars', async (width, lang) => {
    const { getByTestId } = draw(width, lang);
    const frame = getByTestId('chart-waterfall');
    await waitFor(() => expect(frame).toHaveAttribute('data-bars', '4'));
    // Narrow: the value sits under the step's name, beside its bar; wide: right of the bar.
    const text = frame.querySelector('svg')?.textContent ?? '';
    expect(text).toContain(lang === 'da' ? '8,4 mia. kr.' : 'DKK 8.4bn');
  });
});
