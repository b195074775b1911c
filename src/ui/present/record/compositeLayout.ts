/** A rectangle in pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface CompositeLayout {
  /** The unit every size is a multiple of: 1/54 of the height (13.3 px at 720, 20 px at 1080). */
  unit: number;
  header: Rect;
  /** Where the maps go, as laid out on screen, scaled to fit and centred. */
  maps: Rect;
  /** Each map pane's rectangle, in the order given. */
  panes: Rect[];
  /** How much larger than on screen the maps are drawn (their pixel ratio while capturing). */
  scale: number;
  caption: Rect | null;
  /** One rectangle per legend, side by side under the maps. */
  legends: Rect[];
}

const HEADER_UNITS = 3.6;
const LEGEND_UNITS = 5.4;
const CAPTION_LINE_UNITS = 1.65;
const CAPTION_PAD_UNITS = 1.1;

/**
 * Where everything goes in a W x H video frame or image: a title bar with the clock, the maps arranged as
 * they are on screen (`panes`, CSS pixels within a box of `box` size) scaled to fit what is left, the
 * caption's `captionLines` lines under them, and `legends` legends side by side at the bottom.
 */
export function compositeLayout(
  width: number, height: number, box: { width: number; height: number }, panes: readonly Rect[], legends: number, captionLines: number,
): CompositeLayout {
  const unit = height / 54;
  const header = { x: 0, y: 0, w: width, h: Math.round(HEADER_UNITS * unit) };
  const legendHeight = legends > 0 ? Math.round(LEGEND_UNITS * unit) : 0;
  const captionHeight = captionLines > 0 ? Math.round((captionLines * CAPTION_LINE_UNITS + CAPTION_PAD_UNITS) * unit) : 0;
  const legendTop = height - legendHeight;
  const caption = captionHeight > 0 ? { x: 0, y: legendTop - captionHeight, w: width, h: captionHeight } : null;
  const region = { x: 0, y: header.h, w: width, h: legendTop - captionHeight - header.h };
  const scale = Math.min(region.w / Math.max(1, box.width), region.h / Math.max(1, box.height));
  const mapsW = box.width * scale;
  const mapsH = box.height * scale;
  const maps = { x: region.x + (region.w - mapsW) / 2, y: region.y + (region.h - mapsH) / 2, w: mapsW, h: mapsH };
  const legendWidth = legends > 0 ? width / legends : 0;
  return {
    unit,
    header,
    maps,
    panes: panes.map((p) => ({ x: maps.x + p.x * scale, y: maps.y + p.y * scale, w: p.w * scale, h: p.h * scale })),
    scale,
    caption,
    legends: Array.from({ length: legends }, (_, i) => ({ x: i * legendWidth, y: legendTop, w: legendWidth, h: legendHeight })),
  };
}

/** Splits `text` into lines no wider than `maxWidth` as `measure` measures them (at least one word a line). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
