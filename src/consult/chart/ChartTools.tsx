// PLACEHOLDER (issue 12, pain chart): replaced by the pain-chart work.
/** The chart's controls, compact, for the presenter's caption bar: kind, intensity, count, clear. */
export function ChartTools() {
  return null;
}
