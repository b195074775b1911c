/**
 * TfL's own 2019 station counts, read from the unaltered xlsx publications with exceljs (a devDependency
 * used only here). ByQhrEntryExit_2019.xlsx: one row per (mode, station, day type, direction) with 96
 * quarter-hours of a typical autumn day that runs 05:00 to 05:00. AnnualisedEntryExit_2019.xlsx: typical-day
 * entries and exits by day type, and the annualised total.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';

/** The four day types of the TfL counts, in the order of TfL's columns and of the dataset's day_type values. */
export const DAY_TYPES = ['mon-thu', 'friday', 'saturday', 'sunday'] as const;
export type DayTypeName = (typeof DAY_TYPES)[number];
const DAY_CODES: Record<string, DayTypeName> = { MTT: 'mon-thu', FRI: 'friday', SAT: 'saturday', SUN: 'sunday' };
export const QHR = 96;
/** TfL's day starts at 05:00: quarter-hour column c (0..95) starts at clock slot (SERVICE_START + c) mod 96. */
export const SERVICE_START = 20;

export interface QhrRecord {
  mode: string;
  nlc: string;
  station: string;
  coverage: string;
  day: DayTypeName;
  dir: 'in' | 'out';
  total: number;
  /** 96 quarter-hours in TfL's order, 05:00-05:15 first. */
  qhr: number[];
  line: number;
}

export interface AnnualRecord {
  mode: string;
  nlc: string;
  station: string;
  coverage: string;
  /** Typical-day entries and exits by day type (DAY_TYPES order). */
  entries: number[];
  exits: number[];
  annualised: number;
  line: number;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in (v as object)) return String((v as { result: unknown }).result);
  if (typeof v === 'object' && 'richText' in (v as object)) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  return String(v);
}

function wholeCell(v: unknown, where: string): number {
  const x = typeof v === 'number' ? v : Number(cellText(v).trim());
  if (!Number.isInteger(x) || x < 0) throw new Error(`${where}: expected a whole count, found "${cellText(v)}"`);
  return x;
}

async function sheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`${path.basename(file)}: no sheet "${name}"`);
  return ws;
}

/** Cells of a row, 0-based (exceljs rows are 1-based with a hole at 0). */
function cells(ws: ExcelJS.Worksheet, r: number): unknown[] {
  return (ws.getRow(r).values as unknown[]).slice(1);
}

const HEADER_ROW = 7;
const FIXED = ['Mode', 'NLC', 'ASC', 'Station', 'Coverage', 'year', 'day', 'dir', 'Total'];
const BANDS = 6;

function qhrName(c: number): string {
  const a = (SERVICE_START + c) % QHR;
  const b = (a + 1) % QHR;
  const hhmm = (q: number) => `${String(Math.floor(q / 4)).padStart(2, '0')}${String((q % 4) * 15).padStart(2, '0')}`;
  return `${hhmm(a)}-${hhmm(b)}`;
}

/** ByQhrEntryExit_2019.xlsx, sheet ByQhr: every data row, checked (header, day and direction codes, quarter-hours summing to Total). */
export async function readQhr(file: string, label: string): Promise<QhrRecord[]> {
  const ws = await sheet(file, 'ByQhr');
  const header = cells(ws, HEADER_ROW).map((c) => cellText(c).trim());
  FIXED.forEach((h, i) => {
    if (header[i] !== h) throw new Error(`${label} row ${HEADER_ROW}: column ${i + 1} is "${header[i]}", expected "${h}"`);
  });
  const first = FIXED.length + BANDS;
  for (let c = 0; c < QHR; c++) {
    if (header[first + c] !== qhrName(c)) throw new Error(`${label} row ${HEADER_ROW}: column ${first + c + 1} is "${header[first + c]}", expected "${qhrName(c)}"`);
  }
  const out: QhrRecord[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const v = cells(ws, r);
    if (v.every((x) => cellText(x).trim() === '')) continue;
    const where = `${label} row ${r}`;
    const t = (i: number) => cellText(v[i]).trim();
    const day = DAY_CODES[t(6)];
    const dirCode = t(7);
    if (!day) throw new Error(`${where}: day "${t(6)}"`);
    if (dirCode !== 'IN' && dirCode !== 'OUT') throw new Error(`${where}: dir "${dirCode}"`);
    if (t(5) !== '2019') throw new Error(`${where}: year "${t(5)}"`);
    const qhr = Array.from({ length: QHR }, (_, c) => wholeCell(v[first + c], `${where} ${qhrName(c)}`));
    const total = wholeCell(v[8], `${where} Total`);
    const sum = qhr.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total) > 2 + total * 1e-3) throw new Error(`${where}: quarter-hours sum to ${sum}, Total is ${total}`);
    out.push({ mode: t(0), nlc: String(wholeCell(v[1], `${where} NLC`)), station: t(3), coverage: t(4), day, dir: dirCode === 'IN' ? 'in' : 'out', total, qhr, line: r });
  }
  return out;
}

/** AnnualisedEntryExit_2019.xlsx, sheet Annualised: typical-day entries and exits by day type per record. */
export async function readAnnualised(file: string, label: string): Promise<AnnualRecord[]> {
  const ws = await sheet(file, 'Annualised');
  const header = cells(ws, HEADER_ROW).map((c) => cellText(c).trim());
  const expected = ['Mode', 'NLC', 'ASC', 'Station', 'Coverage', 'Source', 'Entries', 'Entries', 'Entries', 'Entries', 'Exits', 'Exits', 'Exits', 'Exits', 'En/Ex'];
  expected.forEach((h, i) => {
    if (header[i] !== h) throw new Error(`${label} row ${HEADER_ROW}: column ${i + 1} is "${header[i]}", expected "${h}"`);
  });
  const days = cells(ws, HEADER_ROW - 1).slice(6, 14).map((c) => cellText(c).trim());
  const expectDays = ['Weekday (Mon-Thu)', 'Friday', 'Saturday', 'Sunday'];
  days.forEach((d, i) => {
    if (d !== expectDays[i % 4]) throw new Error(`${label} row ${HEADER_ROW - 1}: column ${i + 7} is "${d}", expected "${expectDays[i % 4]}"`);
  });
  const out: AnnualRecord[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const v = cells(ws, r);
    const t = (i: number) => cellText(v[i]).trim();
    if (t(0) === '' && t(1) === '') continue;
    const where = `${label} row ${r}`;
    const annual = Number(cellText(v[14]));
    if (!Number.isFinite(annual)) throw new Error(`${where}: annualised "${cellText(v[14])}"`);
    out.push({
      mode: t(0),
      nlc: String(wholeCell(v[1], `${where} NLC`)),
      station: t(3),
      coverage: t(4),
      entries: [6, 7, 8, 9].map((c) => wholeCell(v[c], `${where} column ${c + 1}`)),
      exits: [10, 11, 12, 13].map((c) => wholeCell(v[c], `${where} column ${c + 1}`)),
      annualised: annual,
      line: r,
    });
  }
  return out;
}
