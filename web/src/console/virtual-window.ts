// Which rows of a long, variable-height list to render (pure, no DOM): the rows that
// intersect the viewport plus an overscan above and below, with spacer heights that
// stand in for everything else. Heights are measured ones where known, else an estimate.

export interface VirtualWindow {
  /** First rendered index (inclusive). */
  start: number;
  /** Last rendered index (exclusive). */
  end: number;
  /** Height of the rows before `start`. */
  padTop: number;
  /** Height of the rows from `end` on. */
  padBottom: number;
  /** Height of all rows. */
  total: number;
}

export interface WindowOptions {
  /** Extra pixels rendered above and below the viewport. */
  overscan: number;
  /** Never render more rows than this, whatever the heights say. */
  maxRows: number;
}

export function computeWindow(heights: readonly number[], scrollTop: number, viewport: number, o: WindowOptions): VirtualWindow {
  const n = heights.length;
  let total = 0;
  for (const h of heights) total += h;
  if (n === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0, total: 0 };
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, total - viewport)) - o.overscan);
  const bottom = Math.max(0, scrollTop) + viewport + o.overscan;
  let start = 0;
  let y = 0;
  while (start < n - 1 && y + heights[start]! <= top) y += heights[start++]!;
  const padTop = y;
  let end = start;
  while (end < n && y < bottom && end - start < o.maxRows) y += heights[end++]!;
  if (end === start) end = Math.min(n, start + 1);
  let rendered = 0;
  for (let i = start; i < end; i++) rendered += heights[i]!;
  return { start, end, padTop, padBottom: Math.max(0, total - padTop - rendered), total };
}

/** True when the scroll position is (about) at the end. */
export function isAtBottom(scrollTop: number, scrollHeight: number, clientHeight: number, slack = 48): boolean {
  return scrollHeight - scrollTop - clientHeight <= slack;
}
