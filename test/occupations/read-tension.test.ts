// Tension tables: the France Travail shape (Windows-1252, `;`, CRLF, no-break spaces in counts).
import { describe, expect, it } from 'vitest';
import { parseCount, readTension, tensionFigures } from '../../src/occupations/read-tension.js';

const source = (bytes: Buffer) => ({
  name: 'tension.csv',
  open: () =>
    (async function* () {
      yield bytes;
    })(),
});

/** Windows-1252 bytes of `text` (the characters used here are all in Latin-1). */
const cp1252 = (text: string) => Buffer.from(text, 'latin1');

describe('readTension', () => {
  it('sums offers and seekers per code, and weights the index by offers', async () => {
    const text = [
      'libfap;ROME;fap;annee;oee;defm_abc;ind_tension_d;cbassin;lib_bassin_bmo19',
      'A1Z41 : Jardiniers salariés;A1203;A1Z41;2019;1\u00a0036;344;5;1126;Versailles',
      'A1Z41 : Jardiniers salariés;A1203;A1Z41;2019;64;656;4;1127;Évry',
      'Q1Z81 : Techniciens;c1102;Q1Z81;2019;4\u00a0163;164;5;1107;Paris',
      'Q1Z81 : Techniciens;C1102;Q1Z81;2019;n/a;1;5;1108;Lyon',
    ].join('\r\n');
    const table = await readTension(source(cp1252(text)));
    expect(table.codes.get('A1203')).toEqual({ offers: 1100, seekers: 1000, weightedIndex: 1036 * 5 + 64 * 4, indexedOffers: 1100 });
    expect(tensionFigures(table.codes.get('A1203'))).toEqual({ tension: 1.1, tension_index: 4.94 });
    expect(tensionFigures(table.codes.get('C1102'))).toEqual({ tension: 25.3841, tension_index: 5 });
    expect(tensionFigures(table.codes.get('M1805'))).toEqual({ tension: null, tension_index: null });
    expect(table.skipped).toEqual([{ line: 5, reason: 'its offers or seekers are not numbers' }]);
  });

  it('reads English headers, and has no index where the file gives none', async () => {
    const table = await readTension(source(Buffer.from('soc,offers,seekers\n29-1141.00,30,0\n')));
    expect(tensionFigures(table.codes.get('29-1141.00'))).toEqual({ tension: null, tension_index: null });
  });

  it('names the missing column in one sentence', async () => {
    await expect(readTension(source(Buffer.from('ROME;offres\nM1805;3\n')))).rejects.toThrow(
      'Tension file "tension.csv" has no seekers column (one of "defm_abc", "seekers", "demandeurs"); its header is "ROME", "offres".',
    );
  });

  it.each([
    ['1 036', 1036],
    ['1\u202f036', 1036],
    ['4,5', 4.5],
    ['12', 12],
    ['', null],
    ['-3', null],
    ['abc', null],
  ])('parses %j as %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});
