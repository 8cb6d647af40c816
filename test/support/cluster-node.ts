/**
 * Runs each test file against one node of a multi-primary cluster when CLUSTER_URLS names its
 * nodes (comma-separated; `npm run test:cluster` sets it): DATABASE_URL becomes that node's URL
 * before the file loads, so the suite's writes are spread over every node. The node is chosen by
 * the file's name, not by the jest worker, so that every node gets files however few workers run,
 * and a file that fails runs on the same node again.
 */
import { basename } from 'node:path';

const nodes = (process.env.CLUSTER_URLS ?? '')
  .split(',')
  .map((url) => url.trim())
  .filter(Boolean);
if (nodes.length) {
  let hash = 0;
  for (const char of basename(expect.getState().testPath ?? '')) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  process.env.DATABASE_URL = nodes[hash % nodes.length];
}
