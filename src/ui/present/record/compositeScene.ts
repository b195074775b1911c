import type { CompareFrame } from '../../compare/differenceFrame.ts';
import { DIFFERENCE_INFO } from '../../compare/differenceInfo.ts';
import { formatMeasure } from '../../map/formatMeasure.ts';
import { MEASURE_INFO } from '../../map/measureInfo.ts';
import type { AppState } from '../../state/appState.ts';
import { slotText } from '../../time/slotText.ts';
import { currentCaption } from '../storyCaption.ts';
import type { Rect } from './compositeLayout.ts';

/** A legend as the composite draws it. */
export interface LegendSpec {
  title: string;
  colorAt(t: number): string;
  ticks: { position: number; label: string }[];
  /** What the two ends of a diverging scale mean. */
  ends: [string, string] | null;
  keys: { kind: 'hatch' | 'city' | 'station'; label: string }[];
}

/** One map as the composite draws it: its title box, where it sat on screen, and its picture. */
export interface PaneShot {
  role: string;
  name: string;
  detail: string;
  /** CSS pixels within the map panes' box. */
  rect: Rect;
}

/** Everything a video frame or image shows besides the maps' pixels. */
export interface CompositeScene {
  title: string;
  subtitle: string;
  clock: string;
  box: { width: number; height: number };
  panes: PaneShot[];
  legends: LegendSpec[];
  caption: { count: string; text: string } | null;
  attribution: string;
}

const ROLES = { scenario: 'Scenario', comparison: 'Comparison', difference: 'Difference' } as const;

function mainLegend(frame: CompareFrame): LegendSpec {
  const info = MEASURE_INFO[frame.measure];
  const keys: LegendSpec['keys'] = [];
  if (frame.legend.notPoliced && info.officerMeasure) keys.push({ kind: 'hatch', label: frame.legend.notPoliced });
  if (frame.legend.cityPoliceArea) keys.push({ kind: 'city', label: 'City of London Police area' });
  if (frame.legend.stations) keys.push({ kind: 'station', label: 'Stations, sized by footfall now' });
  return {
    title: info.title,
    colorAt: frame.scale.colorAt,
    ticks: frame.scale.ticks.map((v) => ({ position: frame.scale.position(v), label: formatMeasure(frame.measure, v, { compact: true }) })),
    ends: info.ends ?? null,
    keys,
  };
}

function differenceLegend(frame: CompareFrame): LegendSpec | null {
  const d = frame.difference;
  if (!d) return null;
  const info = DIFFERENCE_INFO[d.base];
  return {
    title: `Difference: ${d.title}, ${info.label.toLowerCase()}`,
    colorAt: d.scale.colorAt,
    ticks: d.scale.ticks.map((v) => ({ position: d.scale.position(v), label: info.change(v, true) })),
    ends: ['Lower in the comparison', 'Higher in the comparison'],
    keys: [],
  };
}

/**
 * The scene of the frame on screen: titles, clock, the maps' places (`rects`, read from the page), the
 * legends and the story caption. `frame` is the map area's last drawn frame.
 */
export function compositeScene(state: AppState, frame: CompareFrame, box: { width: number; height: number }, rects: readonly Rect[], attribution: string): CompositeScene {
  const caption = currentCaption(state);
  const names = frame.panes.filter((p) => p.which !== 'difference').map((p) => p.name);
  return {
    title: 'Tideline',
    subtitle: caption ? caption.title : names.join(' and '),
    clock: slotText(state.view.slot),
    box,
    panes: frame.panes.map((p, i) => ({ role: ROLES[p.which], name: p.name, detail: p.onDuty, rect: rects[i] })),
    legends: [mainLegend(frame), differenceLegend(frame)].filter((l): l is LegendSpec => l !== null),
    caption: caption ? { count: `View ${caption.index + 1} of ${caption.count}`, text: caption.text } : null,
    attribution,
  };
}
