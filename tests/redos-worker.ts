/** Runs a batch of ReDoS checks in a worker thread (see `checkInWorkers` in tests/redos.test.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { check } from './redos-check.ts';

const { jobs } = workerData as { jobs: { source: string; flags: string }[] };
parentPort?.postMessage(jobs.map((j) => check(j.source, j.flags)));
