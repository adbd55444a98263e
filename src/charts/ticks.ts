/**
 * Tick styles for axes whose labels never need wrapping (numbers, years). Recharts hands each tick's <Text> the
 * axis' width, and a <Text> with a width measures every word in the DOM (a forced layout per tick, on every draw,
 * and the values change with each filter) so that it can wrap; width 0 turns that off. Module constants, so the
 * axis' props are the same object from one draw to the next.
 */
export const PLAIN_TICK = { fontSize: 11, width: 0 } as const;

/**
 * Which ticks of `count` evenly spaced categories (years) to label in `plotWidth` px, each label given `labelPx`:
 * Recharts' own choice (`preserveEnd`) measures every label in the DOM on every draw.
 */
export function tickInterval(count: number, plotWidth: number, labelPx = 40): number {
  const fit = Math.max(1, Math.floor(plotWidth / labelPx));
  return Math.max(0, Math.ceil(count / fit) - 1);
}
