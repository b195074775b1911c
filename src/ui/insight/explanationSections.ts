import type { Explanation } from '../../engine/index.ts';
import { formatNumber, formatPercent, formatSigned } from './formatFigure.ts';

export interface ExplanationRow {
  label: string;
  value: string;
  /** A short qualifier shown after the value, e.g. "weight 1". */
  note?: string;
}

export interface ExplanationSection {
  title: string;
  rows: ExplanationRow[];
}

const METHODS: Record<string, string> = {
  fixed: 'Fixed (territorial) shares',
  'follow-demand': 'Follow demand',
  smoothed: 'Follow demand, smoothed',
};

const people = (v: number) => formatNumber(v);
const officers = (v: number, digits = 0) => `${formatNumber(v, digits)} ${digits === 0 && Math.round(v) === 1 ? 'officer' : 'officers'}`;
const bound = (v: number) => (Number.isFinite(v) ? officers(v) : 'none');

function weightNote(weight: number): string {
  return weight > 0 ? `weight ${formatNumber(weight, Number.isInteger(weight) ? 0 : 2)}` : 'weight 0: not used';
}

/** One sentence for the top of the explanation: the number and what held it where it is. */
export function explanationSummary(e: Explanation): string {
  const a = e.allocation;
  if (!e.allocated) {
    return `${e.zoneName} gets no officers from this scenario's force at ${e.slot}: it is policed by ${e.force || 'another force'}.`;
  }
  const held =
    a.binding === 'floor'
      ? ` The floor of ${officers(a.floor)} holds it up.`
      : a.binding === 'cap'
        ? ` The cap of ${officers(a.cap)} holds it down.`
        : '';
  return `${e.zoneName} has ${officers(a.officers)} at ${e.slot}, ${formatSigned(a.change)} against the fixed model's ${formatNumber(a.fixed)}.${held}`;
}

/** The engine's explanation of one zone and slot, as labelled figures grouped in the order the engine used them. */
export function explanationSections(e: Explanation): ExplanationSection[] {
  const p = e.people;
  const d = e.demand;
  const a = e.allocation;
  const sections: ExplanationSection[] = [
    {
      title: 'People',
      rows: [
        { label: 'Residents', value: people(p.residents) },
        { label: 'People present', value: people(p.present) },
        { label: 'Commuters arrived', value: people(p.arrived) },
        { label: 'Residents away at work', value: people(p.away) },
        { label: "Commute timing from this zone's own stations", value: formatPercent(p.ownStationWeight, 0), note: 'the rest follows London' },
      ],
    },
    {
      title: 'Demand',
      rows: [
        { label: 'Share of people present', value: formatPercent(d.presentShare, 2), note: weightNote(d.weights.present) },
        { label: 'Share of station footfall', value: formatPercent(d.footfallShare, 2), note: weightNote(d.weights.footfall) },
        {
          label: 'Share of risk',
          value: formatPercent(d.riskShare, 2),
          note: `${weightNote(d.weights.risk)}; ${formatNumber(d.crimePerPersonYear * 1000, 1)} crimes per 1,000 present a year${d.riskImputed ? ' (average rate: no figure for this zone)' : ''}`,
        },
        { label: 'Demand', value: people(d.demand), note: 'people-equivalents' },
      ],
    },
  ];
  if (!e.allocated) return sections;
  const allocation: ExplanationRow[] = [
    { label: 'Method', value: METHODS[a.method] ?? a.method },
    { label: 'Officers on duty (force)', value: officers(a.onDuty) },
    { label: 'Officers at events (force)', value: officers(a.atEvents) },
  ];
  if (a.lambda !== null) {
    allocation.push({ label: 'Officers per 1,000 demand', value: formatNumber(a.lambda * 1000, 3), note: 'lambda, for zones between floor and cap' });
  }
  if (a.proportional !== null) allocation.push({ label: 'Proportional level', value: officers(a.proportional, 1) });
  allocation.push(
    { label: 'Floor', value: bound(a.floor) },
    { label: 'Cap', value: bound(a.cap) },
    { label: 'Binding', value: a.binding === 'floor' ? 'the floor' : a.binding === 'cap' ? 'the cap' : 'neither' },
    { label: 'Officers before rounding', value: officers(a.continuous, 1) },
    { label: 'Abstracted to events', value: officers(a.abstractedToEvents, 1) },
    { label: 'Event officers here', value: officers(a.eventOfficersHere) },
    { label: 'Officers', value: officers(a.officers), note: 'whole officers, events included' },
    { label: 'Fixed model', value: officers(a.fixed) },
    { label: 'Change against fixed', value: formatSigned(a.change) },
    { label: 'Officers per 1,000 present', value: formatNumber(a.per1000Present, 2) },
  );
  sections.push({ title: 'Allocation', rows: allocation });
  if (e.queue) {
    sections.push({
      title: 'Immediate calls',
      rows: [
        { label: 'Chance a call waits for a unit', value: formatPercent(e.queue.pWait, 1) },
        { label: 'Mean wait', value: `${formatNumber(e.queue.meanWaitMinutes, 1)} minutes` },
        { label: 'Answered within target', value: formatPercent(e.queue.withinTarget, 1) },
      ],
    });
  }
  return sections;
}
