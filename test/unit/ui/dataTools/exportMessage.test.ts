import { describe, expect, it } from 'vitest';
import { exportMessage } from '../../../../src/ui/dataTools/exportMessage.ts';
import { fileSlug } from '../../../../src/engine/exportFile.ts';

describe('exportMessage', () => {
  it('says nothing for a finished or cancelled export', () => {
    expect(exportMessage('The allocation CSV', { ok: true, fileName: 'a.csv', mimeType: 'text/csv', text: '' })).toBeNull();
    expect(exportMessage('The allocation CSV', { ok: false, cancelled: true })).toBeNull();
  });

  it("lists the scenario's problems by field", () => {
    const text = exportMessage('The summary CSV', {
      ok: false,
      cancelled: false,
      errors: [{ path: 'supply.headcount', message: 'must be at least 0' }, { path: '(engine)', message: 'the engine failed: out of memory' }],
    });
    expect(text).toBe(
      'The summary CSV could not be exported because the scenario has problems: supply.headcount: must be at least 0; the engine failed: out of memory.',
    );
  });

  it("passes on the engine's own words when it stopped", () => {
    expect(exportMessage('The allocation CSV', new Error('The simulation engine stopped unexpectedly twice'))).toBe(
      'The allocation CSV could not be exported: The simulation engine stopped unexpectedly twice',
    );
  });
});

describe('fileSlug', () => {
  it('makes a file name part from a scenario name', () => {
    expect(fileSlug('Follow the commute')).toBe('follow-the-commute');
    expect(fileSlug('Risk-weighted, with a Saturday protest!')).toBe('risk-weighted-with-a-saturday-protest');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('***')).toBe('scenario');
  });
});
