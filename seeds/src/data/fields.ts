import type { FieldSeed } from './types.js';

/** Fields of expertise (专业领域): the pools experts are drawn from for preliminary review. */
export const FIELDS: FieldSeed[] = [
  { code: 'METROLOGY', nameZh: '计量测试', nameEn: 'Metrology and measurement' },
  { code: 'STANDARDIZATION', nameZh: '标准化', nameEn: 'Standardization' },
  { code: 'TESTING', nameZh: '检验检测', nameEn: 'Inspection and testing' },
  { code: 'CERTIFICATION', nameZh: '认证认可', nameEn: 'Certification and accreditation' },
  { code: 'DIGITAL_QUALITY', nameZh: '质量管理数字化', nameEn: 'Digital quality management' },
  { code: 'SMART_MANUFACTURING', nameZh: '智能制造质量', nameEn: 'Quality in smart manufacturing' },
  { code: 'CONSTRUCTION', nameZh: '工程建设质量', nameEn: 'Construction and engineering quality' },
  { code: 'BIOPHARMA', nameZh: '生物医药质量', nameEn: 'Biopharmaceutical and medical device quality' },
  { code: 'NEV', nameZh: '新能源汽车质量', nameEn: 'New-energy vehicle quality' },
  { code: 'IC', nameZh: '集成电路质量', nameEn: 'Integrated circuit quality' },
];
