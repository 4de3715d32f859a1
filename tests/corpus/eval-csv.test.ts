import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../scripts/eval/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const text = '\na,b,c\n1,"x, y","say ""hi"""\r\n2,"line1\nline2",\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line1\nline2', ''],
    ]);
  });
  it('keys records by the header and strips a BOM', () => {
    expect(parseCsvRecords('\uFEFFcontent,label\n"a,b",0\nc,02')).toEqual([
      { content: 'a,b', label: '0' },
      { content: 'c', label: '02' },
    ]);
  });
});
