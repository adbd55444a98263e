import { describe, expect, it } from 'vitest';
import { PriorityLane } from './priority-lane';

/** A call that finishes when the test says so, recording when it was sent. */
function gate(log: string[], name: string) {
  let open: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (open = resolve));
  return {
    run: async () => {
      log.push(`send ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    open: () => open(),
  };
}
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('PriorityLane', () => {
  it('sends interactive calls at once, even while a background call runs', async () => {
    const log: string[] = [];
    const lane = new PriorityLane();
    const bg = gate(log, 'bg1');
    const click = gate(log, 'click');
    const b = lane.later(bg.run);
    await settle();
    const c = lane.now(click.run);
    await settle();
    expect(log).toEqual(['send bg1', 'send click']);
    click.open();
    bg.open();
    expect(await Promise.all([b, c])).toEqual(['bg1', 'click']);
  });

  it('holds background calls while an interactive call is in flight, then sends them one at a time in order', async () => {
    const log: string[] = [];
    const lane = new PriorityLane();
    const click = gate(log, 'click');
    const bg = [gate(log, 'bg1'), gate(log, 'bg2'), gate(log, 'bg3')];
    const c = lane.now(click.run);
    const bs = bg.map((g) => lane.later(g.run));
    await settle();
    expect(log).toEqual(['send click']);
    click.open();
    await c;
    await settle();
    expect(log).toEqual(['send click', 'end click', 'send bg1']);
    // A second click arrives while bg1 runs: it goes at once, and bg2 waits for both.
    const click2 = gate(log, 'click2');
    const c2 = lane.now(click2.run);
    await settle();
    bg[0]?.open();
    await settle();
    expect(log.slice(3)).toEqual(['send click2', 'end bg1']);
    click2.open();
    await c2;
    await settle();
    expect(log.slice(5)).toEqual(['end click2', 'send bg2']);
    bg[1]?.open();
    await settle();
    bg[2]?.open();
    expect(await Promise.all(bs)).toEqual(['bg1', 'bg2', 'bg3']);
    expect(log.slice(-3)).toEqual(['end bg2', 'send bg3', 'end bg3']);
  });

  it('frees the lane when a call fails', async () => {
    const lane = new PriorityLane();
    await expect(lane.now(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(lane.later(() => Promise.reject(new Error('nor')))).rejects.toThrow('nor');
    expect(await lane.later(() => Promise.resolve(1))).toBe(1);
    expect(lane.interactive).toBe(0);
  });
});
