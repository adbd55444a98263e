import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNodeEngine } from '../../tests/render-with-engine';
import type { Engine } from './engine';

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.db.close();
  engine = undefined;
});

describe('Engine.recover: the way back after a console write changed the app tables', () => {
  it('starts the instance afresh through the door when it can', async () => {
    engine = await openNodeEngine();
    const reset = vi.fn(async () => undefined);
    Object.assign(engine.db, { reset });
    await engine.recover('overview.gains_cube');
    expect(reset).toHaveBeenCalledWith('overview.gains_cube');
    expect(engine.getSnapshot().error).toBeNull();
  });

  it('stops with an error naming the changed tables when the door cannot start afresh', async () => {
    engine = await openNodeEngine();
    expect(engine.db.reset).toBeUndefined();
    await engine.recover('main.gains_flat');
    expect(engine.getSnapshot().error).toMatch(/main\.gains_flat.*reload the page/);
  });
});
