/// <reference lib="webworker" />
// Reads an XLSX or Parquet file to CSV bytes off the main thread, so that the page stays responsive and Cancel
// works while a large workbook is unpacked and parsed (the caller terminates this worker to cancel). A same-origin
// module worker, allowed by the CSP's worker-src 'self'; nothing in it starts another worker.
import { workbookCsv, type WorkbookReply, type WorkbookRequest } from './workbook-csv';

const scope = self as unknown as DedicatedWorkerGlobalScope; // this file is only ever loaded as a dedicated worker

scope.onmessage = (e: MessageEvent<WorkbookRequest>) => {
  workbookCsv(e.data.kind, e.data.bytes).then(
    (utf8) => scope.postMessage({ ok: true, utf8 } satisfies WorkbookReply, [utf8.buffer]),
    (err: unknown) => scope.postMessage({ ok: false, ...describe(err) } satisfies WorkbookReply),
  );
};

function describe(err: unknown): Omit<Extract<WorkbookReply, { ok: false }>, 'ok'> {
  const message = err instanceof Error ? err.message : String(err);
  const reason = err && typeof err === 'object' && 'reason' in err ? (err as { reason: unknown }).reason : undefined;
  return { message, reason: reason as Extract<WorkbookReply, { ok: false }>['reason'] };
}
