import type { LoadResult } from './load.js';
import type { Goal } from './setup.js';

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

/** The load table: one row per workload and server. */
export function table(results: LoadResult[]): string {
  return alignedTable(COLUMNS, results.map(row), 1);
}

/** A plain-text table: the first `leftColumns` columns left-aligned, the others right-aligned. */
function alignedTable(header: string[], rows: string[][], leftColumns: number): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((cells) => cells[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The goals of issue 8 with their figures from this run, and whether each was met. */
export function goalTable(goals: Goal[]): string {
  if (goals.length === 0) return 'goals: none measured (see --only)';
  const rows = goals.map((goal) => [
    goal.goal,
    goal.measured,
    goal.value === undefined ? 'n/a' : goal.value.toFixed(3),
    `${goal.atMost ? '≤' : '≥'} ${goal.target}`,
    goal.value === undefined
      ? 'not measured'
      : (goal.atMost ? goal.value <= goal.target : goal.value >= goal.target)
        ? 'met'
        : 'MISSED',
  ]);
  return alignedTable(['goal', 'measured as', 'value', 'target', 'outcome'], rows, 2);
}
