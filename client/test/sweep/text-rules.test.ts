import { describe, expect, it } from 'vitest';
import { chinesePageFindings, englishPageFindings, type ShownText } from './text-rules';

const cell = (text: string): ShownText => ({ text, isChrome: false, where: 'a table cell' });
const label = (text: string): ShownText => ({ text, isChrome: true, where: 'a button' });
const kinds = (findings: { kind: string }[]) => findings.map((finding) => finding.kind);

describe("the page sweep's reading of texts", () => {
  it('finds enum values, entity names, raw JSON and API instants in a Chinese page', () => {
    const findings = chinesePageFindings([
      cell('TESTING 检验检测'),
      cell('RESULTS_EXPORTED'),
      cell('AwardCycle 41aedf8c'),
      cell('{"expiresAt":"2026-12-08T14:43:25.739Z"}'),
    ]);
    expect(findings.map((finding) => finding.detail.split(' — ')[0])).toEqual([
      'TESTING',
      'RESULTS_EXPORTED',
      'AwardCycle',
      '{"expiresAt":',
      '2026-12-08T14:43:25.739Z',
    ]);
  });

  it('lets numbers people use, the award levels and real acronyms pass', () => {
    const texts = ['INV-2024-011', 'ZL 2017 1 0098694.0', 'T/SHBZ 048-2020', 'B 档', '上传 PDF', '207 KB'];
    expect(chinesePageFindings(texts.map(cell))).toEqual([]);
  });

  it('finds three English words in a row in a Chinese page, not one', () => {
    expect(kinds(chinesePageFindings([cell('resubmitted after correction')]))).toEqual([
      'English in Chinese',
    ]);
    expect(chinesePageFindings([label('English')])).toEqual([]);
  });

  it("finds Chinese in the English UI's own words, leaving out the data it quotes", () => {
    expect(kinds(englishPageFindings([label('提交评分')], []))).toEqual(['untranslated label']);
    expect(kinds(englishPageFindings([label('（primary）')], []))).toEqual(['untranslated label']);
    expect(englishPageFindings([label('Remind 丁建新')], ['丁建新'])).toEqual([]);
    expect(englishPageFindings([cell('上海沪滨标准化研究院')], [])).toEqual([]);
  });
});
