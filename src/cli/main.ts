#!/usr/bin/env node
import { isEngineWorker, serveEngineWorker } from './engine.js';
import { processIo } from './io.js';
import { runCli } from './run.js';

// The same built file is the command line and, with a marker in workerData, each worker thread.
if (isEngineWorker()) {
  serveEngineWorker();
} else {
  void runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
