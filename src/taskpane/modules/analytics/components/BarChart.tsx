import { makeStyles, tokens } from '@fluentui/react-components';
import { HorizontalBarChartWithAxis, VerticalBarChart } from '@fluentui/react-charts';
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { axisTicks } from '../axisTicks';
import { shortLabels } from '../chartLabels';
import { chartStrings } from '../chartStrings';
import { useBarGroupNames } from '../hooks/useBarGroupNames';

// The chart fits its container: give it a fixed height, or it grows with the column it sits in.
const useStyles = makeStyles({ box: { height: '200px', width: '100%', overflow: 'hidden' }, across: { width: '100%', overflow: 'hidden' } });

// A bar across per category and the room its label and the axis take.
const BAR_ROW_PX = 28;
const AXIS_PX = 48;

export type BarPoint = { label: string; value: number; onClick?: () => void };

/**
 * Enter and Space click the focused bar, as they would a button. The library (9.3) makes each bar
 * focusable (`rect[role=option]`, tabIndex 0) and hands it the point's onClick, but listens for no
 * key: a keyboard reached the bar and could not open the records behind it. The same click the
 * mouse gives, so both take the one path the library wires.
 */
function clickFocusedBar(event: KeyboardEvent<HTMLElement>) {
  if ((event.key !== 'Enter' && event.key !== ' ') || event.repeat) return;
  const bar = event.target;
  if (!(bar instanceof SVGElement) || bar.getAttribute('role') !== 'option') return;
  event.preventDefault();
  bar.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
}

/**
 * `categories`: a bar across per point, each with its label beside it (reasons, sources, a query's groups); months go up.
 * `format` writes a bar's value when it is pointed at; `axisFormat` (else `format`) the value axis' labels.
 */
export type BarChartProps = { title: string; points: BarPoint[]; format: (value: number) => string; axisFormat?: (value: number) => string; categories?: boolean };

/** A bar per point (months, reasons, groups); clicking a bar opens the records behind it. Loaded lazily with the chart library. */
export function BarChart({ title, points, format, axisFormat = format, categories = false }: BarChartProps) {
  const styles = useStyles();
  const { t } = useT(chartStrings);
  const box = useRef<HTMLDivElement>(null);
  // What a screen reader hears, in the pane's language: the library's own words are English.
  const svgProps = { 'aria-label': t('summary', { title, count: points.length }) };
  const spoken = (p: BarPoint) => ({ ariaLabel: `${p.label}: ${format(p.value)}` });
  // Across, the first point on top: the chart draws its data from the bottom up. A group per bar,
  // named by its label; up, one group of them all.
  const top = categories ? [...points].reverse() : points;
  useBarGroupNames(box, (group) => (categories ? top[group]?.label ?? '' : t('bars')));
  // One colour: the library's default shades bars by height from blue to red, and red reads as an alarm.
  const colour = { useSingleColor: true, colors: [tokens.colorBrandBackground] };
  if (categories) {
    // Up the side of a 320 px pane every label has a line of its own: below bars side by side the
    // library showed two labels of seven, the others dropped for want of room. The chart makes
    // room on its left for the longest label shown whole.
    const height = points.length * BAR_ROW_PX + AXIS_PX;
    const labels = shortLabels(top.map((p) => p.label));
    // The library labels this axis in the browser's language and its own number format ("20,000,000"
    // in a Ukrainian pane, or no label at 320 px): the pane chooses the ticks and writes them.
    const ticks = axisTicks(Math.max(...points.map((p) => p.value)));
    return (
      <div ref={box} className={styles.across} style={{ height }} onKeyDown={clickFocusedBar}>
        <HorizontalBarChartWithAxis
          chartTitle={title}
          svgProps={svgProps}
          height={height}
          hideLegend
          {...colour}
          showYAxisLables
          tickValues={ticks}
          xAxis={{ tickText: ticks.map(axisFormat) }}
          xMaxValue={ticks.at(-1)}
          // Room for half the last label, centred on the axis' end: the default 20 px cut "40 млн" short.
          margins={{ right: 32 }}
          // Across, the library heads the callout with yAxisCalloutData, then the legend, then
          // xAxisCalloutData in large type: the whole label, what is measured, the value. The other
          // way round, a long label filled a 360 px pane in large type under a small "3".
          data={top.map((p, i) => ({ x: p.value, y: labels[i]!, legend: title, xAxisCalloutData: format(p.value), yAxisCalloutData: p.label, callOutAccessibilityData: spoken(p), onClick: p.onClick }))}
        />
      </div>
    );
  }
  // Months up: the same round ticks as across ("0 · 5 млн · 10 млн"), where the library split its
  // own range in four ("2,1 млн · 4,1 млн · 6,1 млн · 8,2 млн"). Two steps, so the axis ends on the last tick.
  const ticks = axisTicks(Math.max(...points.map((p) => p.value)));
  return (
    <div ref={box} className={styles.box} onKeyDown={clickFocusedBar}>
      <VerticalBarChart
        chartTitle={title}
        svgProps={svgProps}
        height={180}
        // Room for the longest axis label ("26,3 тис."): the default 40 px cut its first digits.
        margins={{ left: 56 }}
        hideLegend
        {...colour}
        barWidth="auto"
        data={points.map((p) => ({ x: p.label, y: p.value, legend: p.label, yAxisCalloutData: format(p.value), callOutAccessibilityData: spoken(p), onClick: p.onClick }))}
        yAxisTickValues={ticks}
        yAxisTickCount={2}
        yMaxValue={ticks.at(-1)}
        yAxisTickFormat={(v: number) => axisFormat(v)}
      />
    </div>
  );
}
