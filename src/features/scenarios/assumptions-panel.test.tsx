// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluate, PARAMETERS } from '../../model';
import { SMALL } from '../../model/test-fixtures';
import { ScenarioStore } from '../../queries';
import { AssumptionsPanel } from './assumptions-panel';
import { HeadlineStrip } from './headline-strip';

function Harness({ store }: { store: ScenarioStore }) {
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return (
    <>
      <HeadlineStrip result={evaluate(SMALL, snap.params)} />
      <AssumptionsPanel active={snap.active} store={store} />
    </>
  );
}

const value = (id: string) => Number(screen.getByTestId(id).getAttribute('data-value'));

describe('assumptions panel', () => {
  let store: ScenarioStore;
  beforeEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
    store = new ScenarioStore(window, window.localStorage);
    render(<Harness store={store} />);
  });

  it('has a field for every parameter, named param-<id>', () => {
    for (const p of PARAMETERS) expect(screen.getByTestId(`param-${p.id}`)).toBeTruthy();
  });

  it('typing 50 (percent) halves adoption and the national potential follows; reset restores it', () => {
    const before = value('figure-national');
    fireEvent.change(screen.getByTestId('param-adoption_ceiling'), { target: { value: '50' } });
    expect(store.getSnapshot().params.adoption_ceiling).toBe(0.5);
    expect(value('figure-national')).toBeCloseTo(before / 2, 6);
    expect(screen.getByTestId('changed-adoption_ceiling')).toBeTruthy();
    expect(value('changed-count')).toBe(1);
    fireEvent.click(screen.getByTestId('reset-adoption_ceiling'));
    expect(value('figure-national')).toBe(before);
    expect((screen.getByTestId('param-adoption_ceiling') as HTMLInputElement).value).toBe('100');
  });

  it('an invalid value is shown at the field and never reaches the model', () => {
    const before = value('figure-social');
    for (const bad of ['150', '', 'abc', '-5']) {
      fireEvent.change(screen.getByTestId('param-deadweight'), { target: { value: bad } });
      expect(screen.getByTestId('param-error-deadweight').textContent).not.toBe('');
      expect(screen.getByTestId('param-deadweight').getAttribute('aria-invalid')).toBe('true');
      expect(store.getSnapshot().params.deadweight).toBe(0.15);
      expect(value('figure-social')).toBe(before);
    }
    fireEvent.change(screen.getByTestId('param-deadweight'), { target: { value: '100' } });
    expect(screen.queryByTestId('param-error-deadweight')).toBeNull();
    expect(value('figure-social')).toBe(0);
  });

  it('a change from elsewhere (preset) replaces the field text', () => {
    fireEvent.change(screen.getByTestId('param-adoption_ceiling'), { target: { value: '40' } });
    act(() => store.startFromPreset('conservative'));
    expect((screen.getByTestId('param-adoption_ceiling') as HTMLInputElement).value).toBe('30');
    expect(screen.queryByTestId('changed-adoption_ceiling')).toBeNull();
  });
});
