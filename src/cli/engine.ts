import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type Extractor } from '../extract.js';
import { loadLexicon } from '../lexicon/load.js';
import type { ExtractOptions, ExtractResult } from '../types.js';
import type { DocumentInput, DocumentRecord, ExtractorSettings, InputItem, Outcome } from './types.js';

/** What extraction of one text gave: the result, or the error's message. */
export type EngineReply = { ok: true; result: ExtractResult } | { ok: false; message: string };

/** One text to extract, as sent to a worker. */
export interface EngineTask {
  text: string;
  referenceDate: string | null;
}

/** Runs extraction, in this thread or in workers. `run` never rejects. */
export interface Engine {
  run(task: EngineTask): Promise<EngineReply>;
  close(): Promise<void>;
}

/** Builds the library's extractor for the command line's settings (lexicon files are read here). */
export function buildExtractor(settings: ExtractorSettings): Extractor {
  const lexicons = settings.lexiconFiles.map((file) => loadLexicon(file));
  return createExtractor(settings.types === null ? { lexicons } : { lexicons, types: settings.types });
}

/** Extracts one text, turning a thrown error into a reply. */
export function runTask(extractor: Extractor, task: EngineTask): EngineReply {
  try {
    const options: ExtractOptions = task.referenceDate === null ? {} : { referenceDate: task.referenceDate };
    return { ok: true, result: extractor.extract(task.text, options) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message.replace(/^arabic-entities: /u, '') : String(error) };
  }
}

/** An engine that extracts in the calling thread. */
export function inlineEngine(settings: ExtractorSettings): Engine {
  const extractor = buildExtractor(settings);
  return {
    run: (task) => Promise.resolve(runTask(extractor, task)),
    close: () => Promise.resolve(),
  };
}

const WORKER_ROLE = 'arabic-entities:extract-worker';

interface WorkerSetup {
  role: typeof WORKER_ROLE;
  settings: ExtractorSettings;
}

interface Pending {
  task: EngineTask;
  resolve: (reply: EngineReply) => void;
}

/**
 * An engine over `count` worker threads, each running `script` (the built CLI file)
 * with its own extractor. Each worker holds one task at a time; the rest wait here.
 */
export function workerEngine(settings: ExtractorSettings, count: number, script: string): Engine {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const all = new Set<Worker>();
  let broken: string | null = null;
  let closing = false;

  const pump = (): void => {
    if (broken !== null) {
      for (const pending of queue.splice(0)) pending.resolve({ ok: false, message: broken });
      return;
    }
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop();
      const pending = queue.shift();
      if (worker === undefined || pending === undefined) break;
      busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  };

  const spawn = (): void => {
    const setup: WorkerSetup = { role: WORKER_ROLE, settings };
    const worker = new Worker(script, { workerData: setup });
    let answered = false;
    all.add(worker);
    worker.on('message', (reply: EngineReply) => {
      answered = true;
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      pending?.resolve(reply);
      pump();
    });
    worker.on('error', (error: Error) => {
      all.delete(worker);
      const index = idle.indexOf(worker);
      if (index >= 0) idle.splice(index, 1);
      const pending = busy.get(worker);
      busy.delete(worker);
      const message = `worker thread failed: ${error.message}`;
      pending?.resolve({ ok: false, message });
      // A worker that fails before its first answer would fail again: stop instead of respawning.
      if (!answered) broken = message;
      else if (!closing) spawn();
      pump();
    });
    idle.push(worker);
  };

  for (let i = 0; i < count; i += 1) spawn();
  return {
    run(task) {
      return new Promise((resolve) => {
        queue.push({ task, resolve });
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...all].map((worker) => worker.terminate()));
    },
  };
}

/** True in a worker thread started by {@link workerEngine}. */
export function isEngineWorker(): boolean {
  const setup = workerData as Partial<WorkerSetup> | null | undefined;
  return !isMainThread && typeof setup === 'object' && setup !== null && setup.role === WORKER_ROLE;
}

/** The body of a worker thread: answer each task with its extraction. */
export function serveEngineWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort;
  if (port === null) return;
  const extractor = buildExtractor(setup.settings);
  port.on('message', (task: EngineTask) => port.postMessage(runTask(extractor, task)));
}

/**
 * Runs every item through the engine with up to `window` in flight and yields the
 * outcomes in input order, so output order never depends on which worker was fastest.
 */
export async function* extractInOrder(items: AsyncIterable<InputItem>, engine: Engine, window: number): AsyncGenerator<Outcome> {
  const inFlight: Promise<Outcome>[] = [];
  for await (const item of items) {
    inFlight.push(item.kind === 'failure' ? Promise.resolve(item) : engine.run({ text: item.text, referenceDate: item.referenceDate ?? null }).then((reply) => toOutcome(item, reply)));
    while (inFlight.length >= window) {
      const next = inFlight.shift();
      if (next !== undefined) yield await next;
    }
  }
  for (const next of inFlight) yield await next;
}

function toOutcome(document: DocumentInput, reply: EngineReply): Outcome {
  const { input, location, bytes } = document;
  if (!reply.ok) return { kind: 'failure', input, location, message: reply.message, bytes };
  const record: DocumentRecord = document.file === undefined ? { id: document.id, ...reply.result } : { id: document.id, file: document.file, ...reply.result };
  return { kind: 'extracted', input, location, text: document.text, record, bytes };
}
