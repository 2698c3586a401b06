import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the table in `box` is wider than the box: measured as the table renders with `content`,
 * before the browser paints it, and again when the box's width changes (the pane resized). A
 * table laid out at 100% is wider than its box only at its narrowest: while too wide the caller
 * shows something else in the box, and that width tells when the box has grown to hold the table.
 * Reading widths without changing styles lets every table of a screen share one layout. A box not
 * laid out (a hidden panel) is measured once it shows; without layout (jsdom) nothing is too wide.
 */
export function useTooWide(box: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [needed, setNeeded] = useState<{ content: unknown; atWidth: number; width: number } | null>(null);
  const [boxWidth, setBoxWidth] = useState<number | null>(null);
  const measured = needed?.content === content ? needed : null;
  useLayoutEffect(() => {
    const element = box.current;
    const table = element?.querySelector('table');
    if (!element || !table || element.clientWidth === 0 || measured?.atWidth === element.clientWidth) return;
    const width = table.offsetWidth > element.clientWidth + 1 ? table.offsetWidth : 0;
    // Measured after React rendered the table and before the browser paints it, so a table too wide shows as blocks at once.
    setNeeded({ content, atWidth: element.clientWidth, width }); // eslint-disable-line react-hooks/set-state-in-effect
    setBoxWidth(element.clientWidth);
  }, [box, content, measured, boxWidth]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    // It reports the width once it starts observing, after layout and before paint.
    const observer = new ResizeObserver(() => setBoxWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return measured !== null && boxWidth !== null && measured.width > boxWidth + 1;
}
