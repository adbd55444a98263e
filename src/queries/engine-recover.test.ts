import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openNodeEngine } from '../../tests/render-with-engine';
import type { Engine } from './engine';

// One engine for both cases: the demo load is the slow part, and the first case leaves no error behind.
let engine: Engine;
beforeAll(async () => {
  engine = await openNodeEngine();
});
afterAll(() => engine.db.close());

describe('Engine.recover: the way back after a console write changed the app tables', () => {
  it('starts the instance afresh through the door when it can', async () => {
    const reset = vi.fn(async () => undefined);
    Object.assign(engine.db, { reset });
    await engine.recover('overview.gains_cube');
    expect(reset).toHaveBeenCalledWith('overview.gains_cube');
    expect(engine.getSnapshot().error).toBeNull();
    Reflect.deleteProperty(engine.db, 'reset');
  });

  it('stops with an error naming the changed tables when the door cannot start afresh', async () => {
    expect(engine.db.reset).toBeUndefined();
    await engine.recover('main.gains_flat');
    expect(engine.getSnapshot().error).toMatch(/main\.gains_flat.*reload the page/);
  });
});
