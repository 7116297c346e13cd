import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-labels.js';

describe('the Chinese label of a field path', () => {
  it('names a field of the form as the form does', () => {
    expect(fieldLabel('projectName')).toBe('项目名称');
    expect(fieldLabel('completingOrganizationIds')).toBe('主要完成单位');
  });

  it('counts an item of a list from one, with the unit of what it lists', () => {
    expect(fieldLabel('completers[2].idDocumentNumber')).toBe('主要完成人（第3位）证件号码');
    expect(fieldLabel('innovations[0]')).toBe('主要技术创新点（第1项）');
    expect(fieldLabel('economicBenefits[1].newProfit')).toBe('经济效益表（第2行）新增利润');
  });

  it('names a part by the list it belongs to', () => {
    expect(fieldLabel('intellectualProperty[0].title')).toBe('知识产权目录（第1项）名称');
    expect(fieldLabel('criteria[1].levels[3].maxPercent')).toBe('评分指标（第2项）等级（第4项）最高比例');
  });

  it('keeps the criterion code a submitted sheet names', () => {
    expect(fieldLabel('scores[0].points (INV_ORIGINALITY)')).toBe('评分指标（第1项）得分（INV_ORIGINALITY）');
  });

  it('falls back to the path for a field it does not know', () => {
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
    expect(fieldLabel('completers[0].shoeSize')).toBe('completers[0].shoeSize');
  });
});
