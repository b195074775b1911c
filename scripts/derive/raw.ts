/** Access to the raw public files (read-only; they are never copied into the project). */
import fs from 'node:fs';
import path from 'node:path';
import { parseTable, type Table } from './csv.ts';

export interface RawFiles {
  dir: string;
  /** Read a raw file as text; `latin1` for the GLA borough profiles. */
  text(rel: string, encoding?: 'utf8' | 'latin1'): string;
  table(rel: string, encoding?: 'utf8' | 'latin1'): Table;
  /** Absolute path of a raw file (for binary formats such as xlsx); throws if it is missing. */
  path(rel: string): string;
}

export function rawFiles(dir: string): RawFiles {
  const at = (rel: string): string => {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) throw new Error(`raw file missing: ${file} (pass --raw DIR to point at the raw data folder)`);
    return file;
  };
  const text = (rel: string, encoding: 'utf8' | 'latin1' = 'utf8'): string => fs.readFileSync(at(rel)).toString(encoding);
  return {
    dir,
    text,
    path: at,
    table: (rel, encoding = 'utf8') => parseTable(text(rel, encoding), rel),
  };
}

/** Raw file paths, relative to the raw folder. */
export const RAW = {
  ks101Boroughs: 'ons-census2011/KS101EW_usual_residents_london_boroughs.csv',
  ks101Region: 'ons-census2011/KS101EW_usual_residents_london_region.csv',
  sape2019: 'ons-sape/london-mid2019-pop-lsoa.csv',
  sape2020: 'ons-sape/london-mid2020-pop-lsoa.csv',
  glaProfiles: 'gla-borough-profiles/london-borough-profiles.csv',
  flows: 'lancaster-covid19uk/mergedflows_2011_london_touching.csv',
  tflStations: 'tfl-stations/Stations_20220221.csv',
  tflQhr2019: 'tfl-counts/ByQhrEntryExit_2019.xlsx',
  tflAnnual2019: 'tfl-counts/AnnualisedEntryExit_2019.xlsx',
  lsoaBoundaries: (lad: string) => `ons-boundaries-lsoa-msoa/lsoa/topo_${lad}.json`,
  msoaBoundaries: (lad: string) => `ons-boundaries-lsoa-msoa/msoa/topo_${lad}.json`,
  crimeLsoa: (category: string) => `mps-crime-lsoa/london-2011-2021-${category}.csv`,
  crime: 'mps-crime/MPS_Borough_Level_Crime_Historical_201004-202107.csv',
  officerFte: 'home-office-police-workforce/officer-fte-2019.csv',
  officerHeadcount: 'home-office-police-workforce/officer-headcount-2019.csv',
} as const;

/** The boundaries ship in the vega-datasets npm package (not committed to the project). */
export const BOUNDARIES_NPM = 'vega-datasets/data/londonBoroughs.json';
export const BOUNDARIES_OBJECT = 'boroughs';
