import { lazy, Suspense, type ComponentType } from 'react';
import type { BarChartProps } from './BarChart';

// The chart library (d3 inside) is loaded only when a chart is shown. If its chunk cannot load
// (offline before it was ever cached), the figures stay readable in the tables beside each chart.
const noChart: ComponentType<BarChartProps> = () => null;
const Chart = lazy(() =>
  import('./BarChart').then(
    (m): { default: ComponentType<BarChartProps> } => ({ default: m.BarChart }),
    () => ({ default: noChart }),
  ),
);

export function LazyBarChart(props: BarChartProps) {
  if (!props.points.length) return null;
  return (
    <Suspense fallback={null}>
      <Chart {...props} />
    </Suspense>
  );
}
