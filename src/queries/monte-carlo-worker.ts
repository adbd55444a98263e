/// <reference lib="webworker" />
// The Monte Carlo off the main thread: 10,000 draws take tens of milliseconds, the summaries a few more, and the
// page must stay responsive (no long task) while they run.
import type { McRequest, McResponse } from './monte-carlo-protocol';
import { chunkedRun } from './monte-carlo-run';

const scope = self as unknown as DedicatedWorkerGlobalScope; // this file is only ever loaded as a dedicated worker
let current = -1;
const cancelled = new Set<number>();

function post(m: McResponse) {
  // The sorted samples are the only large part; transferring them avoids a copy.
  if (m.type === 'done') scope.postMessage(m, [m.result.socialGainSorted.buffer]);
  else scope.postMessage(m);
}

// A message to ourselves runs the next chunk after any queued cancel, without the ≥ 4 ms clamp nested timers get.
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();
const yieldToEvents = (next: () => void) => {
  queued.push(next);
  channel.port2.postMessage(null);
};

scope.onmessage = (e: MessageEvent<McRequest>) => {
  const req = e.data;
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  if (current >= 0) cancelled.add(current);
  current = req.id;
  chunkedRun(
    req,
    post,
    () => cancelled.has(req.id),
    () => performance.now(),
    yieldToEvents,
  );
};
