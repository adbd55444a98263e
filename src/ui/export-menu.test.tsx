// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ExportMenu } from './export-menu';
import { LangProvider } from './i18n';

// jsdom has no object URLs; the tests' stand-ins go again after each (the files of a worker share one jsdom).
const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(URL, objectUrls);
});

it('asks the caller for the chosen format, saves the file under its stamped name and says so', async () => {
  const created: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    created.push(b);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const onExport = vi.fn(async (format: string) => ({
    bytes: new TextEncoder().encode(`a;b\r\n${format}`),
    fileName: 'q_demo-1234abcd_v0.1.0.csv',
    mime: 'text/csv',
  }));
  render(
    <LangProvider>
      <ExportMenu onExport={onExport} testId="t" />
    </LangProvider>,
  );
  fireEvent.click(screen.getByTestId('t-csv-da'));
  await waitFor(() => expect(screen.getByTestId('t-done').getAttribute('data-file-name')).toBe('q_demo-1234abcd_v0.1.0.csv'));
  expect(onExport).toHaveBeenCalledWith('csv-da');
  expect(click).toHaveBeenCalledTimes(1);
  expect(await created[0]?.text()).toBe('a;b\r\ncsv-da');
});

it('shows why an export failed', async () => {
  render(
    <LangProvider>
      <ExportMenu onExport={() => Promise.reject(new Error('no rows to export'))} testId="t" />
    </LangProvider>,
  );
  fireEvent.click(screen.getByTestId('t-xlsx'));
  await waitFor(() => expect(screen.getByTestId('t-error').textContent).toMatch(/no rows to export/));
});
