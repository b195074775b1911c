/** Reference police officer supply figures (force level), each with its publisher and file. */
import { parseDecimal } from './csv.ts';
import { RAW, type RawFiles } from './raw.ts';

interface Source {
  publisher: string;
  series: string;
  file: string | null;
  row: string | null;
  column: string | null;
  licence: string;
  note?: string;
}

const HOME_OFFICE = 'Home Office';
const SERIES = 'Police workforce, England and Wales';
const OGL = 'Open Government Licence v3.0';

function cell(raw: RawFiles, rel: string, row: string, column: string): number {
  const t = raw.table(rel);
  const c = t.col(column);
  const hits = t.rows.filter((r) => r[0].trim() === row);
  if (hits.length !== 1) throw new Error(`${rel}: expected one "${row}" row, found ${hits.length}`);
  return parseDecimal(hits[0][c], `${rel} ${row} ${column}`);
}

export function deriveSupply(raw: RawFiles): { values: Record<string, number>; file: string } {
  const values: Record<string, number> = {};
  const sources: Record<string, Source> = {};
  const fromFile = (key: string, rel: string, row: string, column: string, digits: number, note?: string): void => {
    values[key] = Number(cell(raw, rel, row, column).toFixed(digits));
    sources[key] = { publisher: HOME_OFFICE, series: SERIES, file: rel, row, column, licence: OGL, ...(note ? { note } : {}) };
  };
  const fte = 'Full-time equivalent police officers; rounded here to 0.1.';
  fromFile('met_officers_fte_sep2019', RAW.officerFte, 'Metropolitan', 'September 2019', 1, fte);
  fromFile('met_officers_fte_mar2019', RAW.officerFte, 'Metropolitan', 'March 2019', 1, fte);
  fromFile('met_officers_fte_sep2018', RAW.officerFte, 'Metropolitan', 'September 2018', 1, fte);
  fromFile('met_headcount_sep2019', RAW.officerHeadcount, 'Metropolitan', 'September 2019', 0, 'Police officer headcount.');
  fromFile('city_of_london_police_fte_sep2019', RAW.officerFte, 'City of London', 'September 2019', 1, fte);
  fromFile('city_of_london_police_headcount_sep2019', RAW.officerHeadcount, 'City of London', 'September 2019', 0, 'Police officer headcount.');
  values.met_officers_2015_approx = 31900;
  sources.met_officers_2015_approx = {
    publisher: HOME_OFFICE,
    series: `${SERIES}, 31 March 2015`,
    file: null,
    row: 'Metropolitan Police',
    column: null,
    licence: OGL,
    note: 'Approximate figure quoted from the Home Office series (31 March 2015); not in the raw files and not re-derived or verified here.',
  };
  const doc = {
    description:
      'Reference police officer supply for the London default dataset: force-level figures only (no borough or BCU strength was found). The Metropolitan Police Service covers 32 boroughs; the City of London Police covers the City of London. File paths are relative to the raw data folder (../shared/data/raw); see SOURCES.md.',
    ...values,
    sources,
  };
  return { values, file: JSON.stringify(doc, null, 2) + '\n' };
}
