import type { DatasetSummary } from '../../engine/index.ts';
import { colourScale, type ColourScale } from '../map/colourScale.ts';
import { createMapFrames, type MapFrame, type MapFrameInput, type PaneFrame } from '../map/mapFrame.ts';
import { measureExtent, measureValue } from '../map/measureValues.ts';
import type { TooltipContent } from '../map/tooltip.ts';
import type { ZoneFigures } from '../map/zoneTooltipContent.ts';
import type { ZoneStatics, ZoneWeek } from '../map/zoneWeek.ts';
import type { DifferenceBase, MeasureKey } from '../state/appState.ts';
import { DIFFERENCE_INFO } from './differenceInfo.ts';
import { differenceWeek, type DifferenceWeek } from './differenceWeek.ts';

/** The difference map's legend: what it shows and its scale, centred on zero. */
export interface DifferenceLegend {
  base: DifferenceBase;
  scale: ColourScale;
  /** "Follow the commute minus Fixed borough" */
  title: string;
}

/**
 * A map frame as the map area draws it: the planner's frame, plus, with "Difference between scenarios"
 * in compare mode, a third map of the comparison minus the scenario and its legend.
 */
export interface CompareFrame extends MapFrame {
  /** The measure the main legend (and the scenario's and comparison's maps) shows. */
  measure: MeasureKey;
  difference: DifferenceLegend | null;
}

const NO_EVENTS: readonly never[] = [];

/** The measure the scenario's and comparison's maps show: a difference's base in compare mode. */
export function shownMeasure(view: { measure: MeasureKey; compare: boolean; differenceOf: DifferenceBase }): MeasureKey {
  if (view.measure !== 'difference') return view.measure;
  return view.compare ? view.differenceOf : 'officers';
}

/** A zone's figures on the difference map, as the tooltip and the figures card say them. */
function describer(base: DifferenceBase, names: readonly string[], week: DifferenceWeek, statics: ZoneStatics, slot: number, aName: string, bName: string) {
  const info = DIFFERENCE_INFO[base];
  return (zone: number): TooltipContent => {
    const d = week.difference[slot * week.n + zone];
    const policed = Number.isFinite(d) || (week.allocated[zone] === 1);
    return {
      title: names[zone],
      subtitle: policed ? `${info.label}: comparison minus scenario` : 'Not policed in one of the scenarios',
      rows: [
        [`A: ${aName}`, info.value(measureValue(base, { statics, week: week.a }, slot, zone))],
        [`B: ${bName}`, info.value(measureValue(base, { statics, week: week.b }, slot, zone))],
        ['B \u2212 A', info.change(d)],
      ],
    };
  };
}

/**
 * Derives compare frames: the map frame of `createMapFrames` for the measure the two maps show, and in
 * difference mode a third pane coloured by B − A on a diverging scale of its own, centred on zero and
 * spanning the week. Difference weeks and scales are kept while only time moves.
 */
export function createCompareFrames(): (input: MapFrameInput) => CompareFrame {
  const derive = createMapFrames();
  const weeks = new WeakMap<ZoneWeek, WeakMap<ZoneWeek, Map<DifferenceBase, DifferenceWeek>>>();
  const scales = new WeakMap<DifferenceWeek, ColourScale>();

  function weekOf(base: DifferenceBase, statics: ZoneStatics, a: ZoneWeek, b: ZoneWeek): DifferenceWeek {
    let byB = weeks.get(a);
    if (!byB) weeks.set(a, (byB = new WeakMap()));
    let byBase = byB.get(b);
    if (!byBase) byB.set(b, (byBase = new Map()));
    let week = byBase.get(base);
    if (!week) byBase.set(base, (week = differenceWeek(base, { statics, week: a }, { statics, week: b })));
    return week;
  }

  function scaleOf(week: DifferenceWeek, statics: ZoneStatics): ColourScale {
    let scale = scales.get(week);
    if (!scale) scales.set(week, (scale = colourScale('difference', measureExtent('difference', [{ statics, week }]))));
    return scale;
  }

  function differencePane(frame: MapFrame, base: DifferenceBase, summary: DatasetSummary, slot: number): { pane: PaneFrame; legend: DifferenceLegend } {
    const [a, b] = frame.panes;
    const aWeek = a.zones.figures.week;
    const bWeek = b.zones.figures.week;
    const title = `${b.name} minus ${a.name}`;
    const info = DIFFERENCE_INFO[base];
    const statics = a.zones.figures.statics;
    const week = aWeek && bWeek ? weekOf(base, statics, aWeek, bWeek) : null;
    const figures: ZoneFigures = {
      ...a.zones.figures, week, measure: 'difference',
      ...(week ? { describe: describer(base, summary.zones.names, week, statics, slot, a.name, b.name) } : {}),
    };
    // Finer zones (MSOAs, hexagons) drawn over the zones: their own difference week and scale.
    let finer: PaneFrame["finer"] = null;
    let scale = week ? scaleOf(week, statics) : colourScale('difference', 0);
    if (a.finer?.figures.week && b.finer?.figures.week) {
      const over = a.finer.figures;
      const overWeek = weekOf(base, over.statics, over.week!, b.finer.figures.week);
      scale = scaleOf(overWeek, over.statics);
      finer = {
        ...a.finer, scale,
        figures: { ...over, week: overWeek, measure: 'difference', describe: describer(base, over.names, overWeek, over.statics, slot, a.name, b.name) },
      };
    }
    const pane: PaneFrame = {
      which: 'difference',
      name: title,
      onDuty: week ? `in ${info.label.toLowerCase()}` : 'calculating…',
      label: `Map of the difference between scenarios, ${title}: ${info.noun}`,
      zones: { ...a.zones, figures, allocated: week ? week.allocated : a.zones.allocated, scale, events: NO_EVENTS },
      finer,
    };
    return { pane, legend: { base, scale, title } };
  }

  return (input) => {
    const { view } = input.state;
    const measure = shownMeasure(view);
    const difference = view.compare && view.measure === 'difference';
    const state = measure === view.measure ? input.state : { ...input.state, view: { ...view, measure } };
    const frame = derive({ ...input, state });
    if (!difference || frame.panes.length < 2) return { ...frame, measure, difference: null };
    const extra = differencePane(frame, view.differenceOf, input.summary, view.slot);
    const selected = view.selectedZone === null ? -1 : input.summary.zones.ids.indexOf(view.selectedZone);
    const describe = extra.pane.zones.figures.describe;
    return {
      ...frame,
      panes: [...frame.panes, extra.pane],
      selectedFigures: frame.selectedFigures && selected >= 0 && describe
        ? [...frame.selectedFigures, { label: 'Difference', content: describe(selected) }]
        : frame.selectedFigures,
      measure,
      difference: extra.legend,
    };
  };
}
