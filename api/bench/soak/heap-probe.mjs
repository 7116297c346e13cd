/**
 * Loaded into the API's Node by NODE_OPTIONS (`--import`, soak only): writes its process.memoryUsage()
 * to $SOAK_MEMORY_DIR/<pid>.json every second, so the soak reads the V8 heap without the API exposing
 * anything. tsx's own Node loads it too and writes a file of its own, which the soak ignores.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.SOAK_MEMORY_DIR;
// The thread of tsx's module hooks loads this too, under the same pid: its small heap is not the API's.
if (dir && isMainThread) {
  const file = join(dir, `${process.pid}.json`);
  setInterval(() => {
    // Written beside, then renamed: the soak never reads half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
    renameSync(`${file}.tmp`, file);
  }, 1000).unref();
}
