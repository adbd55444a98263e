// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
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

describe('MappingStep: confidence, preview and a mapping file', () => {
  const suggested: PreparedImport = {
    ...prepared,
    columns: ['proj', 'emne', 'firm', 'branche', 'aar', 'beloeb', 'opnaaet'],
    samples: {
      proj: ['P1', 'P2'],
      emne: ['robots', 'robots'],
      firm: ['C1', 'C2'],
      branche: ['25', '28'],
      aar: ['2024', '2024'],
      beloeb: ['1.000', '200'],
      opnaaet: ['Ja', 'Nej'],
    },
    mapping: {
      ...none,
      project_id: 'proj',
      theme: 'emne',
      nace: 'branche',
      year: 'aar',
      annual_gain_dkk: 'beloeb',
      status: 'opnaaet',
    },
    confidence: {
      project_id: 'guess',
      theme: 'synonym',
      nace: 'exact',
      year: 'synonym',
      annual_gain_dkk: 'synonym',
      status: 'synonym',
    },
    missingRequired: ['company_id'],
    distinct: {
      opnaaet: [
        { value: 'Ja', n: 1 },
        { value: 'Nej', n: 1 },
      ],
    },
    values: { status: { Ja: 'realised', Nej: 'expected' } },
    headerRow: 2,
    headerDetected: true,
    lines: [['Titel'], ['proj', 'emne', 'firm', 'branche', 'aar', 'beloeb', 'opnaaet']],
  };

  it('shows each column’s confidence, the header row found, and the first rows as they will load', () => {
    render(
      <LangProvider>
        <MappingStep prepared={suggested} onImport={vi.fn()} onCancel={vi.fn()} onHeaderRow={vi.fn()} />
      </LangProvider>,
    );
    const conf = (c: string) => screen.getByTestId(`map-column-${c}`).dataset.confidence;
    expect([conf('project_id'), conf('theme'), conf('nace'), conf('company_id')]).toEqual(['guess', 'synonym', 'exact', 'none']);
    expect(screen.getByTestId('map-confidence-project_id').textContent).toBe('gæt – tjek den');
    expect(screen.getByTestId('mapping-header-row')).toHaveValue('2');
    expect(screen.getByTestId('mapping-header-detected').textContent).toMatch(/linje 2/);
    fireEvent.change(screen.getByTestId('map-column-company_id'), { target: { value: 'firm' } });
    expect(conf('company_id')).toBe('chosen');
    const preview = screen.getByTestId('mapping-preview');
    expect([...preview.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'project_id',
      'theme',
      'company_id',
      'nace',
      'year',
      'annual_gain_dkk',
      'status',
    ]);
    expect([...preview.querySelectorAll('td[data-column="status"]')].map((td) => td.textContent)).toEqual([
      'realised',
      'expected',
    ]);
  });

  it('asks to read the file again from another header row', () => {
    const onHeaderRow = vi.fn();
    render(
      <LangProvider>
        <MappingStep prepared={suggested} onImport={vi.fn()} onCancel={vi.fn()} onHeaderRow={onHeaderRow} />
      </LangProvider>,
    );
    fireEvent.change(screen.getByTestId('mapping-header-row'), { target: { value: '1' } });
    expect(onHeaderRow).toHaveBeenCalledWith(1);
  });

  it('applies a mapping file and refuses a bad one with the reason', async () => {
    const onImport = vi.fn();
    render(
      <LangProvider>
        <MappingStep prepared={suggested} onImport={onImport} onCancel={vi.fn()} onHeaderRow={vi.fn()} />
      </LangProvider>,
    );
    const input = screen.getByTestId('mapping-import');
    const bad = new File(['{"version":1,"columns":{"amount":"beloeb"}}'], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    expect((await screen.findByTestId('mapping-import-error')).dataset.code).toBe('column');
    expect(screen.getByTestId('mapping-import-error').textContent).toMatch(/«amount» er ikke et felt/);
    const good = JSON.stringify({
      version: 1,
      headerRow: 2,
      columns: { company_id: 'firm' },
      values: { status: { Nej: 'realised' } },
    });
    fireEvent.change(input, { target: { files: [new File([good], 'm.json')] } });
    await waitFor(() => expect(screen.getByTestId('map-column-company_id')).toHaveValue('firm'));
    expect(screen.queryByTestId('mapping-import-error')).toBeNull();
    expect(screen.getByTestId('map-column-company_id').dataset.confidence).toBe('remembered');
    fireEvent.click(screen.getByTestId('mapping-apply'));
    expect(onImport).toHaveBeenCalledWith(expect.objectContaining({ company_id: 'firm' }), {
      status: { Ja: 'realised', Nej: 'realised' },
    });
  });
});
