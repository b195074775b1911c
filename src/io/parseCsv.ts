import Papa from 'papaparse';

export interface CsvHandlers {
  /** Called with the first non-empty row; return false to stop reading the file. */
  header(fields: string[], line: number): boolean;
  /** Called for every later non-empty row; `line` is where the row starts (header = line 1). */
  row(fields: string[], line: number): void;
  /** Broken quoting and the like. */
  problem(line: number, message: string): void;
  /** Fraction of the text read, 0..1. */
  progress?(fraction: number): void;
}

const CHUNK_CHARS = 1 << 20;
const PROGRESS_STEPS = 50;

/** Comma unless the header line holds more semicolons than commas (outside quotes). */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

function quoteMessage(code: string, fallback: string): string {
  if (code === 'MissingQuotes') return 'a quoted value is never closed (unmatched ")';
  if (code === 'InvalidQuotes') return 'a quoted value has text after its closing quote';
  return fallback;
}

/**
 * Streams CSV text row by row through papaparse. Rows that are empty or hold only delimiters and
 * spaces are skipped. Line numbers are true file lines, also when a quoted value spans lines.
 */
export function parseCsv(input: string, handlers: CsvHandlers): void {
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  const total = text.length || 1;
  let lineAtCursor = 1;
  let cursor = 0;
  let seenHeader = false;
  let nextReport = 0;
  handlers.progress?.(0);
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    step(results, parser) {
      const line = lineAtCursor;
      const end = results.meta.cursor;
      const breakChar = results.meta.linebreak === '\r' ? '\r' : '\n';
      for (let i = text.indexOf(breakChar, cursor); i >= 0 && i < end; i = text.indexOf(breakChar, i + 1)) {
        lineAtCursor++;
      }
      cursor = end;
      for (const e of results.errors) handlers.problem(line, quoteMessage(e.code, e.message));
      const fields = results.data;
      if (!isBlank(fields)) {
        if (!seenHeader) {
          seenHeader = true;
          if (!handlers.header(fields, line)) {
            parser.abort();
            return;
          }
        } else {
          handlers.row(fields, line);
        }
      }
      if (handlers.progress && end >= nextReport) {
        handlers.progress(end / total);
        nextReport = end + total / PROGRESS_STEPS;
      }
    },
  });
  handlers.progress?.(1);
}
