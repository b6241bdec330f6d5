import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from './decode-text.js';
import { InputError } from './errors.js';
import { describeMojibake } from './mojibake.js';

const ARTICLE =
  'القاهرة - أعلنت الحكومة المصرية اليوم عن خطة جديدة لدعم المزارعين في محافظات الصعيد، ' +
  'وقال المتحدث باسم الوزارة إن الخطة تشمل قروضاً ميسرة وبذوراً محسنة.\n';
const SHORT = 'عاجل: زلزال في تركيا';

function decode(bytes: Uint8Array, options = {}) {
  return decodeTextBytes('input', bytes, options);
}

function failure(bytes: Uint8Array, options = {}): string {
  try {
    decode(bytes, options);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('decodeTextBytes', () => {
  it('emptyInput: refuses no bytes and whitespace only', () => {
    expect(failure(new Uint8Array())).toMatch(/empty/);
    expect(failure(Buffer.from(' \n\t\n'))).toMatch(/empty/);
  });

  it('utf8: reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decode(Buffer.from(ARTICLE)).text).toBe(ARTICLE);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]);
    expect(decode(withBom)).toEqual({ text: ARTICLE, encoding: 'utf-8' });
  });

  it('utf16Bom: reads UTF-16 LE and BE by their BOM', () => {
    expect(decode(iconv.encode(ARTICLE, 'utf-16le', { addBOM: true })).text).toBe(ARTICLE);
    expect(decode(iconv.encode(ARTICLE, 'utf-16be', { addBOM: true })).text).toBe(ARTICLE);
  });

  it('utf16WithoutBom: reads UTF-16 by its byte shape instead of calling it binary', () => {
    const le = decode(iconv.encode(ARTICLE, 'utf-16le'));
    expect(le).toEqual({ text: ARTICLE, encoding: 'utf-16le' });
    expect(decode(iconv.encode(ARTICLE, 'utf-16be')).encoding).toBe('utf-16be');
    // Arabic with no ASCII at all has no NUL byte, yet is still UTF-16 by its 0x06 high bytes.
    expect(decode(iconv.encode('مرحبا بالعالم العربي', 'utf-16le')).text).toBe('مرحبا بالعالم العربي');
  });

  it('windows1256: detects the legacy Windows Arabic code page, even for a short text', () => {
    expect(decode(iconv.encode(ARTICLE, 'windows-1256'))).toEqual({
      text: ARTICLE,
      encoding: 'windows-1256',
      warning: 'input: not UTF-8; read as windows-1256, the encoding that gives the most Arabic',
    });
    expect(decode(iconv.encode(SHORT, 'windows-1256')).text).toBe(SHORT);
  });

  it('iso88596: detects ISO-8859-6 and does not confuse it with windows-1256', () => {
    const plain = ARTICLE.replace(/[ًٌٍَُِّْ]/gu, '');
    expect(decode(iconv.encode(plain, 'iso-8859-6'))).toMatchObject({ text: plain, encoding: 'iso-8859-6' });
    expect(decode(iconv.encode(SHORT, 'iso-8859-6')).text).toBe(SHORT);
  });

  it('declaredCharset: a declared charset is a candidate, still checked against the bytes', () => {
    const bytes = iconv.encode(ARTICLE, 'windows-1256');
    expect(decode(bytes, { declared: 'iso-8859-6' }).encoding).toBe('windows-1256');
    expect(decode(iconv.encode('café au lait', 'latin1'), { declared: 'latin1' }).text).toBe('café au lait');
  });

  it('encodingOverride: --encoding is obeyed as given', () => {
    const bytes = iconv.encode(SHORT, 'windows-1256');
    expect(decode(bytes, { encoding: 'iso-8859-6' }).text).not.toBe(SHORT);
    expect(decode(bytes, { encoding: 'windows-1256' }).text).toBe(SHORT);
  });

  it('fallbackWarning: a legacy reading says so in one line, unless the page declared it', () => {
    const bytes = iconv.encode(ARTICLE, 'windows-1256');
    expect(decode(bytes).warning).toMatch(/^input: not UTF-8; read as windows-1256/);
    expect(decode(bytes, { declared: 'windows-1256' }).warning).toBeUndefined();
    expect(decode(Buffer.from(ARTICLE, 'utf8')).warning).toBeUndefined();
  });

  it('damagedUtf8: UTF-8 Arabic with a few broken bytes stays UTF-8, the damage shown and warned', () => {
    const bytes = Buffer.from(ARTICLE.repeat(3), 'utf8');
    bytes[10] = 0xff;
    bytes[200] = 0xc0;
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('أعلنت الحكومة المصرية');
    expect(decoded.text.match(/\uFFFD/g)?.length).toBeGreaterThanOrEqual(2);
    expect(decoded.warning).toMatch(/^input: damaged UTF-8: \d+ invalid byte sequences/);
  });

  it('forcedEncodingWarning: --encoding utf-8 on windows-1256 bytes warns and names the right encoding', () => {
    const decoded = decode(iconv.encode(ARTICLE, 'windows-1256'), { encoding: 'utf-8' });
    expect(decoded.text).toContain('\uFFFD');
    expect(decoded.warning).toMatch(
      /^input: --encoding utf-8 gives \d+ byte sequences not valid utf-8 \(shown as U\+FFFD\); the bytes read as windows-1256/,
    );
    const misread = decode(Buffer.from(ARTICLE, 'utf8'), { encoding: 'windows-1256' });
    expect(misread.warning).toMatch(/text that does not read as Arabic; the bytes read as utf-8/);
    expect(decode(iconv.encode(ARTICLE, 'windows-1256'), { encoding: 'cp1256' }).warning).toBeUndefined();
  });

  it('replacementWarning: replacement characters in the text are warned about', () => {
    expect(decode(Buffer.from(`${ARTICLE}\uFFFD`, 'utf8')).warning).toMatch(
      /1 replacement character \(U\+FFFD\)/,
    );
  });

  it('undecidable: refuses bytes that no Arabic encoding explains, asking for --encoding', () => {
    expect(failure(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))).toMatch(/not UTF-8.*--encoding/);
  });

  it('binary: refuses NUL bytes that are not UTF-16', () => {
    expect(
      failure(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
    ).toMatch(/binary/);
  });

  it('mojibake: refuses UTF-8 Arabic once misread as Windows-1252, in one line', () => {
    const garbled = iconv.decode(Buffer.from(ARTICLE), 'windows-1252');
    expect(garbled).toMatch(/Ø§Ù„/);
    const message = failure(Buffer.from(garbled));
    expect(message).toMatch(/mojibake/);
    expect(message).toContain('القاهرة'.slice(0, 4));
    expect(message.split('\n')).toHaveLength(1);
    const latin1 = iconv.decode(Buffer.from(ARTICLE), 'latin1');
    expect(describeMojibake(latin1)).toMatch(/mojibake/);
  });

  it('mojibakeNearMiss: a few Latin accents beside real Arabic are not mojibake', () => {
    expect(describeMojibake(`${ARTICLE} قال الباحث الدنماركي Søren Ørsted إن النتائج مشجعة.`)).toBeNull();
    expect(describeMojibake('Ù Ù Ù')).toBeNull();
  });
});
