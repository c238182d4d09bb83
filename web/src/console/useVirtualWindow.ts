// Virtualised rendering of a long message list: only the rows in (and near) the viewport are
// in the DOM, with spacers for the rest; row heights are measured after render (estimated
// before). Keeps the view pinned to the newest row while the user is at the bottom, and keeps
// what they look at in place when older rows are put above it. Rows carry `data-row-key`.
import { computed, nextTick, onBeforeUnmount, onMounted, onUpdated, ref, type Ref } from 'vue';
import { computeWindow, isAtBottom } from './virtual-window.js';

const ROW_ESTIMATE = 96;
const WINDOW = { overscan: 800, maxRows: 150 };
/** Closer than this to the top: ask for older rows. */
const NEAR_TOP = 400;

export function useVirtualWindow<Row extends { key: string }>(
  rows: () => readonly Row[],
  scroller: Ref<HTMLElement | null>,
  options: { onNearTop: () => void },
) {
  const rowHeights = new Map<string, number>();
  const measured = ref(0);
  const scrollTop = ref(0);
  const viewportHeight = ref(0);
  /** Keep the view pinned to the newest row (true while the user is at the bottom). */
  let stickToBottom = true;

  const win = computed(() => {
    void measured.value;
    const heights = rows().map((r) => rowHeights.get(r.key) ?? ROW_ESTIMATE);
    return computeWindow(heights, scrollTop.value, viewportHeight.value || 800, WINDOW);
  });
  const visibleRows = computed(() => rows().slice(win.value.start, win.value.end));

  function measure(): boolean {
    const el = scroller.value;
    if (!el) return false;
    let changed = false;
    for (const row of Array.from(el.querySelectorAll<HTMLElement>('[data-row-key]'))) {
      const h = row.offsetHeight;
      const key = row.dataset.rowKey!;
      if (h > 0 && rowHeights.get(key) !== h) {
        rowHeights.set(key, h);
        changed = true;
      }
    }
    if (changed) measured.value++;
    return changed;
  }

  function pin() {
    const el = scroller.value;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    scrollTop.value = el.scrollTop;
  }

  onUpdated(() => {
    const changed = measure();
    const el = scroller.value;
    if (stickToBottom && el && !isAtBottom(el.scrollTop, el.scrollHeight, el.clientHeight, 2)) pin();
    else if (changed && el) scrollTop.value = el.scrollTop;
  });

  function onScroll() {
    const el = scroller.value;
    if (!el) return;
    scrollTop.value = el.scrollTop;
    viewportHeight.value = el.clientHeight;
    stickToBottom = isAtBottom(el.scrollTop, el.scrollHeight, el.clientHeight);
    if (el.scrollTop < NEAR_TOP) options.onNearTop();
  }

  async function scrollToEnd() {
    stickToBottom = true;
    await nextTick();
    pin();
    // The rows at the end get measured on this render: pin again once they are.
    await nextTick();
    pin();
  }

  function onResize() {
    if (scroller.value) viewportHeight.value = scroller.value.clientHeight;
    if (stickToBottom) void scrollToEnd();
  }
  onMounted(() => {
    window.addEventListener('resize', onResize);
    onResize();
  });
  onBeforeUnmount(() => window.removeEventListener('resize', onResize));

  return {
    win,
    visibleRows,
    onScroll,
    scrollToEnd,
    /** Scroll to the end only when the user is already there (new rows must not yank them away). */
    followEnd() {
      if (stickToBottom) void scrollToEnd();
    },
    /** A new list: forget measured heights and start at the bottom. */
    reset() {
      rowHeights.clear();
      stickToBottom = true;
    },
    /** Runs `addAbove` (which puts rows above the view) and keeps what the user looks at in place. */
    async keepPosition(addAbove: () => void) {
      const el = scroller.value;
      const fromBottom = el ? el.scrollHeight - el.scrollTop : 0;
      addAbove();
      await nextTick();
      if (el) {
        el.scrollTop = el.scrollHeight - fromBottom;
        scrollTop.value = el.scrollTop;
      }
    },
  };
}

export type VirtualWindowView = ReturnType<typeof useVirtualWindow>;
