/**
 * Joins a header and rows of cells that are already CSV text (see csvCell) into a file: comma
 * separated, LF line ends, a newline after the last row.
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.join(','));
  return `${lines.join('\n')}\n`;
}
