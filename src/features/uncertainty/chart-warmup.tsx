import { useEffect, useState } from 'react';
import { FanChart, HistogramChart } from '../../charts';

const noText = { year: '', outer: '', inner: '', median: '', point: '', p10: '', p90: '' };
const FAN = [0, 1].map((year) => ({ year, p10: 0, p25: 1, p50: 2, p75: 3, p90: 4, point: 2 }));
const fmt = (v: number) => String(v);

/**
 * Draws the Monte Carlo's two charts once, off screen and inert, while the screen is idle before the first run, then
 * removes them: the first mount of a chart kind compiles and warms Recharts' code for it, and that was the one long
 * task (~50 ms) of the first run after opening the screen. A run that starts first takes over (the parent renders
 * the results instead and this unmounts, its idle callback cancelled).
 */
export function ChartWarmup() {
  const [phase, setPhase] = useState<'waiting' | 'drawing' | 'done'>('waiting');
  useEffect(() => {
    if (phase === 'waiting') {
      const go = () => setPhase('drawing');
      if (typeof requestIdleCallback !== 'function') return;
      const id = requestIdleCallback(go, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    if (phase === 'drawing') {
      // Drawn and committed (Recharts measures and renders again in its effects): gone after the next frame.
      const id = requestAnimationFrame(() => setTimeout(() => setPhase('done'), 0));
      return () => cancelAnimationFrame(id);
    }
  }, [phase]);
  if (phase !== 'drawing') return null;
  return (
    <div aria-hidden="true" inert className="chart-warmup" style={{ position: 'absolute', left: -10000, top: 0, width: 640 }}>
      <HistogramChart
        title=""
        description=""
        edges={[0, 1, 2, 3]}
        counts={[1, 2, 1]}
        markers={[{ value: 1.5, label: 'P50' }]}
        labels={{ bin: '', count: '', share: '' }}
        formatValue={fmt}
        formatShare={fmt}
        formatCount={fmt}
      />
      <FanChart title="" description="" points={FAN} labels={noText} formatValue={fmt} />
    </div>
  );
}
