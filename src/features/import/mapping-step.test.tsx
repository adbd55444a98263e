// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GAIN_COLUMNS, type GainMapping } from '../../db';
import type { PreparedImport } from '../../queries';
import { LangProvider } from '../../ui';
import { MappingStep } from './mapping-step';

const none = Object.fromEntries(GAIN_COLUMNS.map((c) => [c, null])) as GainMapping;
const prepared: PreparedImport = {
  fileName: 'odd.csv',
  kind: 'csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', quote: '"' },
  bytes: 100,
  columns: ['proj', 'subject', 'firm', 'industry', 'yr', 'gain'],
  samples: { proj: ['P1'], subject: ['robots'], firm: ['C1'], industry: ['25'], yr: ['2016'], gain: ['100'] },
  mapping: none,
  missingRequired: ['project_id', 'theme', 'company_id', 'nace', 'year', 'annual_gain_dkk'],
  signature: 'h',
  rowsIn: 1,
  parseRejects: [],
};

describe('MappingStep', () => {
  it('enables import only once every required column is mapped, and hands over the mapping', () => {
    const onImport = vi.fn();
    render(
      <LangProvider>
        <MappingStep prepared={prepared} onImport={onImport} onCancel={vi.fn()} />
      </LangProvider>,
    );
    const button = screen.getByRole('button', { name: /^(Importér|Import)$/ });
    expect(button).toBeDisabled();
    const pairs: [string, string][] = [
      ['project_id', 'proj'],
      ['theme', 'subject'],
      ['company_id', 'firm'],
      ['nace', 'industry'],
      ['year', 'yr'],
      ['annual_gain_dkk', 'gain'],
    ];
    for (const [canonical, source] of pairs)
      fireEvent.change(screen.getByTestId(`map-column-${canonical}`), { target: { value: source } });
    expect(button).toBeEnabled();
    fireEvent.click(button);
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ project_id: 'proj', annual_gain_dkk: 'gain', status: null }),
      {},
    );
  });
});
