import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the table in `box` cannot be as narrow as the box: its narrowest width is measured as it
 * first renders with `content`, before the browser paints it, and compared with the box's width
 * whenever that changes (the pane resized). While too wide the caller shows something else in
 * the box, so that width is kept to tell when the box has grown to hold the table. A box not laid
 * out (a hidden panel) is measured once it shows; without layout (jsdom) nothing is too wide.
 */
export function useTooWide(box: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [needed, setNeeded] = useState<{ content: unknown; width: number } | null>(null);
  const [boxWidth, setBoxWidth] = useState<number | null>(null);
  const measured = needed?.content === content ? needed : null;
  useLayoutEffect(() => {
    const element = box.current;
    const table = element?.querySelector('table');
    if (!element || !table || measured || element.clientWidth === 0) return;
    // Its narrowest: laid out at 100% of a wide box it would measure the box.
    const width = table.style.width;
    table.style.width = 'min-content';
    const tableWidth = table.offsetWidth;
    table.style.width = width;
    // Measured after React rendered the table and before the browser paints it, so a table too wide shows as blocks at once.
    setNeeded({ content, width: tableWidth }); // eslint-disable-line react-hooks/set-state-in-effect
    setBoxWidth(element.clientWidth);
  }, [box, content, measured, boxWidth]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setBoxWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return measured !== null && boxWidth !== null && measured.width > boxWidth + 1;
}
