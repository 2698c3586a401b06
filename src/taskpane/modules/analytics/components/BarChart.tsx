import { makeStyles, tokens } from '@fluentui/react-components';
import { VerticalBarChart } from '@fluentui/react-charts';

// The chart fits its container: give it a fixed height, or it grows with the column it sits in.
const useStyles = makeStyles({ box: { height: '200px', width: '100%', overflow: 'hidden' } });

export type BarPoint = { label: string; value: number; onClick?: () => void };

export type BarChartProps = { title: string; points: BarPoint[]; format: (value: number) => string };

/** A bar per point (months, reasons, groups); clicking a bar opens the records behind it. Loaded lazily with the chart library. */
export function BarChart({ title, points, format }: BarChartProps) {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <VerticalBarChart
        chartTitle={title}
        height={180}
        // Room for the longest axis label ("26,3 тис."): the default 40 px cut its first digits.
        margins={{ left: 56 }}
        hideLegend
        // One colour: the library's default shades bars by height from blue to red, and red reads as an alarm.
        useSingleColor
        colors={[tokens.colorBrandBackground]}
        barWidth="auto"
        data={points.map((p) => ({ x: p.label, y: p.value, legend: p.label, yAxisCalloutData: format(p.value), onClick: p.onClick }))}
        yAxisTickFormat={(v: number) => format(v)}
      />
    </div>
  );
}
