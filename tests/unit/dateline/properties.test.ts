import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineSpan, parseDateline } from '../../../lib/dateline/index';

// Wire-copy-like openings built from the pieces datelines are made of, plus noise.
const piece = fc.constantFrom(
  'NEW YORK',
  'Paris',
  ', ',
  'Sept 18',
  '18 September',
  ' (Reuters)',
  ' (AP)',
  ' (CNN)',
  ' — ',
  ' - ',
  '-',
  ':',
  '/',
  'NATO',
  'U.S.',
  ' the ',
  'The ',
  'Mo.',
  '. /TASS/. ',
  '\u00a0',
);
const opening = fc.oneof(
  fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
  fc.string(),
);

describe('parseDateline on arbitrary openings', () => {
  it('never throws, and raw is what the text starts with', () => {
    fc.assert(
      fc.property(opening, (text) => {
        const d = parseDateline(text, { publishedAt: '2023-09-18T00:00:00Z' });
        const folded = text.replace(/\s+/g, ' ').trimStart();
        if (d) expect(folded.startsWith(d.raw)).toBe(true);
        const span = datelineSpan(text);
        expect(span === 0 || (span > 0 && span <= text.length)).toBe(true);
        expect(span > 0).toBe(d !== null);
        if (d?.date) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });
});
