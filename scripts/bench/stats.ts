/** The p-th percentile (nearest rank) of timings, and a millisecond label, for the benchmark tables. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const ms = (n: number) => `${n.toFixed(1)} ms`;
