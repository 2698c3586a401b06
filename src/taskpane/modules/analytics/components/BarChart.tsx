import { VerticalBarChart } from '@fluentui/react-charts';

export type BarPoint = { label: string; value: number; onClick?: () => void };

export type BarChartProps = { title: string; points: BarPoint[]; format: (value: number) => string };

/** A bar per point (months, reasons, groups); clicking a bar opens the records behind it. Loaded lazily with the chart library. */
export function BarChart({ title, points, format }: BarChartProps) {
  return (
    <VerticalBarChart
      chartTitle={title}
      height={180}
      hideLegend
      barWidth="auto"
      data={points.map((p) => ({ x: p.label, y: p.value, legend: p.label, yAxisCalloutData: format(p.value), onClick: p.onClick }))}
      yAxisTickFormat={(v: number) => format(v)}
    />
  );
}
