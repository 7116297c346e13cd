import type { LoadResult } from './load.js';

const COLUMNS = ['workload', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'bad body'];

function row(result: LoadResult): string[] {
  return [
    result.name,
    result.requestsPerSecond.toFixed(1),
    result.p50Ms.toFixed(1),
    result.p99Ms.toFixed(1),
    String(result.requests),
    String(result.non2xx),
    String(result.errors),
    String(result.mismatches),
  ];
}

/** A plain-text table: the first column left-aligned, the figures right-aligned. */
export function table(results: LoadResult[]): string {
  const rows = [COLUMNS, ...results.map(row)];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  return [
    line(rows[0]),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** Throughput of the API as a fraction of the baseline's, both measured in this run. */
export function throughputRatio(api: LoadResult, baseline: LoadResult): string {
  const ratio = api.requestsPerSecond / baseline.requestsPerSecond;
  return `API / raw SQL throughput: ${ratio.toFixed(3)} (the raw-SQL server serves ${(1 / ratio).toFixed(1)}× the API's requests per second)`;
}
