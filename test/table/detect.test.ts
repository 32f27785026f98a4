import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimiterOption } from '../../src/table/detect-dialect.js';
import { detectEncoding, parseEncodingName } from '../../src/table/detect-encoding.js';

describe('detectEncoding', () => {
  it('reads byte order marks', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x61]))).toBe('utf-16be');
  });

  it('tells UTF-8 from Windows-1252, even when the sample cuts a character in two', () => {
    const utf8 = Buffer.from('intitulé;société\nDéveloppeur;Société Générale', 'utf8');
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(utf8.subarray(0, utf8.indexOf(0xa9)))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('intitul\xe9;soci\xe9t\xe9 \x80', 'latin1'))).toBe('windows-1252');
  });

  it('recognises UTF-16 without a BOM by its NUL bytes', () => {
    expect(detectEncoding(Buffer.from('title,skills\n', 'utf16le'))).toBe('utf-16le');
  });

  it('maps user names to encodings', () => {
    expect(parseEncodingName('CP1252')).toBe('windows-1252');
    expect(parseEncodingName('utf8')).toBe('utf-8');
    expect(parseEncodingName('ebcdic')).toBeUndefined();
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['title,skills,date\n"a;b",x,1\n', ','],
    ['title;skills;date\n"a,b";x,y;1\n', ';'],
    ['title\tskills\na, b\tx;y\n', '\t'],
    ['title|skills\na, b|x;y\n', '|'],
    ['job_title~company_name~job_description\nDLP Engineer~Help AG~"Operate, fine-tune; report"\n', '~'],
    ['title\nonly one column\n', ','],
  ])('%j -> %j', (text, delimiter) => {
    expect(detectDelimiter(Buffer.from(text))).toBe(delimiter);
  });

  it('reads --delimiter values', () => {
    expect(parseDelimiterOption('tab')).toBe('\t');
    expect(parseDelimiterOption('\\t')).toBe('\t');
    expect(parseDelimiterOption('~')).toBe('~');
    expect(parseDelimiterOption('::')).toBeUndefined();
    expect(parseDelimiterOption('"')).toBeUndefined();
  });
});
