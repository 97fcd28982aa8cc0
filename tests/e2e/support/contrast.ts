// Readability check run inside a frame: every visible text's colour against the background it actually sits on
// (the nearest ancestor with an opaque background), as WCAG contrast ratios. Catches hard-coded light-theme colours
// that vanish in the dark theme, and the reverse.
import type { Frame } from 'playwright-core';

export interface LowContrast {
  readonly text: string;
  readonly ratio: number;
  readonly color: string;
  readonly background: string;
}

/** Texts in `frame` whose contrast is below `minimum` (3:1 is WCAG's floor for large text and UI components). */
export function lowContrastTexts(frame: Frame, minimum = 3): Promise<LowContrast[]> {
  return frame.evaluate((floor) => {
    const rgba = (value: string): [number, number, number, number] => {
      const parts = (/rgba?\(([^)]+)\)/.exec(value)?.[1] ?? '0,0,0,0').split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: readonly number[]): number => {
      const channel = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    };
    const backgroundOf = (element: Element): string => {
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        if (rgba(background)[3] > 0.5) return background;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const found: { text: string; ratio: number; color: string; background: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const element = node.parentElement;
      if (text === '' || element === null) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0 || Number(style.opacity) < 0.5) continue;
      if (element.closest('svg') !== null || element.closest('.c9-visually-hidden') !== null) continue;
      const background = backgroundOf(element);
      const [fore, back] = [luminance(rgba(style.color)), luminance(rgba(background))];
      const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      if (ratio < floor) found.push({ text: text.slice(0, 60), ratio: Math.round(ratio * 100) / 100, color: style.color, background });
    }
    return found;
  }, minimum);
}
