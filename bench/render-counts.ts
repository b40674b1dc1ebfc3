/**
 * npm run bench:renders — how many times each view re-renders per date change. Opens `/ukraine`
 * on the production build, moves the date 20 days by keyboard, and prints renders per change
 * for each view. Views that do not depend on the date should show 0.
 *
 * Nothing in the app is instrumented for this: the page gets a stand-in for React DevTools'
 * global hook before React loads, and React (production builds too) reports every commit to
 * it. A component rendered in a commit when the fiber the tree now holds is not the one it held
 * at the last commit (or it is new) and carries React's PerformedWork flag. Production builds
 * shorten component names, so each view is found by the element it renders at its top; a view
 * not on the page is reported as absent rather than as 0.
 */
import { launchChromium, startServer } from './harness';

declare global {
  interface Window {
    __faultlineRenders?: Record<string, number>;
  }
}

/** The views counted, each by the element it renders at its top (class names survive builds). */
const VIEWS: Record<string, string> = {
  AsOf: 'p.as-of',
  DateScrubber: 'div.scrubber',
  FilterBar: 'details.filters',
  TimelineView: 'div.timeline-view',
  MapView: 'div.cm',
  RegionPanel: 'section.region-panel',
  ComparePanel: 'section.compare-panel',
  FactDetail: 'section.fact-detail',
};

/**
 * Runs in the page before any script: counts, in `window.__faultlineRenders`, each commit in
 * which the component that renders one of `views`' elements rendered.
 */
function installRenderCounter(views: Record<string, string>) {
  interface Fiber {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
    stateNode: unknown;
  }
  const FUNCTION_TAGS = new Set([0, 11, 15]); // function, forwardRef, simple memo components
  const HOST_COMPONENT = 5;
  const PERFORMED_WORK = 1;
  // The fiber object each component instance had in the tree at its last commit (React keeps
  // two objects per instance and swaps them when it works on the instance).
  const held = new WeakMap<object, Fiber>();
  const entries = Object.entries(views);
  const walk = (root: Fiber) => {
    const counts = (window.__faultlineRenders ??= {});
    const rendered = new Set<Fiber>();
    // Each fiber with the nearest function component above it.
    const stack: [Fiber, Fiber | null][] = [[root, null]];
    while (stack.length) {
      const [f, owner] = stack.pop()!;
      let own = owner;
      if (FUNCTION_TAGS.has(f.tag)) {
        own = f;
        const before = held.get(f.alternate ?? f) ?? held.get(f);
        held.set(f, f);
        if (f.alternate) held.set(f.alternate, f);
        if (before !== f && (f.flags & PERFORMED_WORK) !== 0) rendered.add(f);
      } else if (f.tag === HOST_COMPONENT && owner && rendered.has(owner)) {
        const el = f.stateNode;
        if (el instanceof Element)
          for (const [name, selector] of entries)
            if (el.matches(selector)) counts[name] = (counts[name] ?? 0) + 1;
      }
      if (f.sibling) stack.push([f.sibling, owner]);
      if (f.child) stack.push([f.child, own]);
    }
  };
  const noop = () => {};
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current),
    onCommitFiberUnmount: noop,
    onPostCommitFiberRoot: noop,
    onScheduleFiberRoot: noop,
    setStrictMode: noop,
    checkDCE: noop,
  };
}

export async function measureRenderCounts(
  changes = 20,
): Promise<Record<string, number | 'absent'>> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx wraps named functions in `__name(...)`; give the page that helper too.
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await page.addInitScript(installRenderCounter, VIEWS);
    await page.goto(
      `${server.url}/ukraine?date=2022-03-01&item=st-2025-01-20-putin-root-causes&region=UA-14`,
      { waitUntil: 'load' },
    );
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__faultlineRenders = {};
    });
    const slider = page.getByRole('slider', { name: 'As of date' });
    await slider.focus();
    for (let i = 0; i < changes; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(800);
    const counts = await page.evaluate(() => window.__faultlineRenders ?? {});
    const present = await page.evaluate(
      (views) => Object.keys(views).filter((k) => document.querySelector(views[k]!)),
      VIEWS,
    );
    return Object.fromEntries(
      Object.keys(VIEWS).map((k) => [
        k,
        present.includes(k) ? (counts[k] ?? 0) / changes : 'absent',
      ]),
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

async function main() {
  const perChange = await measureRenderCounts();
  console.log('renders per date change (20 changes):');
  for (const name of Object.keys(VIEWS).sort()) {
    const n = perChange[name];
    console.log(`  ${name.padEnd(14)} ${typeof n === 'number' ? n.toFixed(2) : n}`);
  }
}

if (process.argv[1]?.endsWith('render-counts.ts')) void main();
