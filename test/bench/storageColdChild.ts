import { performance } from 'node:perf_hooks';
import { FileWorkspace } from '../../electron/storage/fileWorkspace';

/** Child process of the cold-open figure: opens the workspace at argv[2], lists it, prints ms. */
async function main(): Promise<void> {
  const ws = new FileWorkspace(process.argv[2]!);
  const start = performance.now();
  await ws.open();
  const opened = performance.now();
  await ws.list();
  const listed = performance.now();
  console.log(JSON.stringify({ openMs: opened - start, listMs: listed - opened }));
}

void main();
