// Times a first render inside the browser rather than by polling from Node: Playwright's locator waits poll at up to
// 100–500 ms intervals, which added ~300 ms to every gadget's figure. An init script in every frame records the
// instant (epoch ms, high resolution) at which the surface first shows its content with no loading state left.
import type { BrowserContext, Frame, Page } from 'playwright-core';

export interface RenderCondition {
  /** Present once the surface shows its content (or a settled empty or error state). */
  readonly ready: string;
  /** While present, the surface is still loading. */
  readonly busy?: string;
}

interface RenderWindow {
  __c9FirstRender?: number;
}

/** The script is a string: tsx wraps named functions in a `__name` helper that does not exist in the browser. */
export async function recordFirstRenders(context: BrowserContext, condition: RenderCondition): Promise<void> {
  const content = `(() => {
    const ready = ${JSON.stringify(condition.ready)};
    const busy = ${JSON.stringify(condition.busy ?? null)};
    const observer = new MutationObserver(() => {
      if (window.__c9FirstRender !== undefined) return;
      if (document.querySelector(ready) === null || (busy !== null && document.querySelector(busy) !== null)) return;
      window.__c9FirstRender = performance.timeOrigin + performance.now();
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  })();`;
  await context.addInitScript({ content });
}

/** Milliseconds from the top page's navigation start to the frame's first render; waits for it up to 15 s. */
export async function firstRenderMs(page: Page, frame: Frame): Promise<number> {
  const origin = await page.evaluate(() => performance.timeOrigin);
  const handle = await frame.waitForFunction(() => (window as RenderWindow).__c9FirstRender, undefined, { timeout: 15_000 });
  const rendered = (await handle.jsonValue()) as number;
  return rendered - origin;
}
