/** The five numbers of a box plot: lowest, lower quartile, median, upper quartile, highest. */
export type FiveNumbers = [number, number, number, number, number];

// Linear interpolation between the closest ranks (the spreadsheet's QUARTILE.INC), on sorted values.
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function fiveNumbers(values: readonly number[]): FiveNumbers {
  const sorted = [...values].sort((a, b) => a - b);
  return [
    sorted[0],
    quantile(sorted, 0.25),
    quantile(sorted, 0.5),
    quantile(sorted, 0.75),
    sorted[sorted.length - 1],
  ];
}
