// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { LangProvider } from './i18n';
import { TraceDrawer, type TraceNode } from './trace-drawer';

const leaf = (id: string, value: number): TraceNode => ({
  id,
  value,
  unit: 'DKK',
  label: { da: `Input ${id}`, en: `Input ${id}` },
  formula: { words: { da: 'sum', en: 'sum' }, symbols: 'Σ g' },
  inputs: [],
  parameters: [],
  rows: [],
});

it('shows the formula, each input with its value, each assumption with its source, and the rows behind it', () => {
  const node: TraceNode = {
    ...leaf('national_potential', 8.39e9),
    label: { da: 'Nationalt potentiale', en: 'National potential' },
    formula: { words: { da: 'N = Σ τ·e·α·V', en: 'N = Σ τ·e·α·V' }, symbols: 'N = Σ_θ τ e_θ α V_θ' },
    inputs: [leaf('reported', 9e7)],
    parameters: [
      {
        id: 'transferability',
        value: 0.5,
        label: { da: 'Overførbarhed', en: 'Transferability' },
        source: { da: 'Antagelse', en: 'Assumption (METHOD.md)' },
      },
    ],
    rows: [{ kind: 'gain', theme: 'robots', nace: 25, gainDkk: 1000 }],
  };
  const onExport = vi.fn();
  render(
    <LangProvider>
      <TraceDrawer node={node} formatValue={(v) => `v${v}`} onClose={vi.fn()} onExportRows={onExport} />
    </LangProvider>,
  );
  const drawer = screen.getByTestId('trace-drawer');
  expect(within(drawer).getByTestId('trace-value')).toHaveAttribute('data-value', String(8.39e9));
  expect(within(drawer).getByText('N = Σ_θ τ e_θ α V_θ')).toBeInTheDocument();
  expect(within(drawer).getByText('v90000000')).toBeInTheDocument();
  expect(within(within(drawer).getByTestId('trace-parameters')).getByText(/Antagelse|Assumption/)).toBeInTheDocument();
  expect(within(within(drawer).getByTestId('trace-rows')).getByText('robots')).toBeInTheDocument();
  within(drawer).getByRole('button', { name: /CSV/, hidden: true }).click();
  expect(onExport).toHaveBeenCalledWith(node.rows);
});
