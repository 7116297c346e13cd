import { createPrng, creditCodeCheckCharacter, type Prng } from '@award/api/domain';
import { officePhone, personName } from './people.js';
import type { OrganizationSeed, OrganizationType } from './types.js';

/**
 * Fictional organizations of a Shanghai-like city. Government departments sit in invented districts
 * (申江区, 沪滨区, 浦江新区, 海湾区) so that no real authority is impersonated.
 */

/** GB 32100 registration authority and category: 11 机关, 12 事业单位, 51 社会团体, 91 企业. */
type Registration = '11' | '12' | '51' | '91';

interface OrganizationRow {
  key: string;
  name: string;
  type: OrganizationType;
  registration: Registration;
  /** division code of the registering office (the invented districts use unassigned codes 310161–310164) */
  division: string;
  address: string;
  rating?: string;
  /** registered after 2015, so the subject identifier is a newly assigned MA… code */
  isNewlyRegistered?: boolean;
}

const ROWS: OrganizationRow[] = [
  // 政府部门
  {
    key: 'gov-shenjiang-amr',
    name: '上海市申江区市场监督管理局',
    type: 'GOVERNMENT_DEPARTMENT',
    registration: '11',
    division: '310161',
    address: '上海市申江区江川北路 268 号',
  },
  {
    key: 'gov-hubin-stc',
    name: '上海市沪滨区科学技术委员会',
    type: 'GOVERNMENT_DEPARTMENT',
    registration: '11',
    division: '310162',
    address: '上海市沪滨区滨海大道 1200 号',
  },
  {
    key: 'gov-pujiang-eco',
    name: '上海市浦江新区经济发展委员会',
    type: 'GOVERNMENT_DEPARTMENT',
    registration: '11',
    division: '310163',
    address: '上海市浦江新区世纪环路 88 号',
  },
  {
    key: 'gov-haiwan-amr',
    name: '上海市海湾区市场监督管理局',
    type: 'GOVERNMENT_DEPARTMENT',
    registration: '11',
    division: '310164',
    address: '上海市海湾区临湾路 516 号',
  },
  // 全市性行业协会（联合会）
  {
    key: 'assoc-instrument',
    name: '上海市精密仪器仪表行业协会',
    type: 'INDUSTRY_ASSOCIATION',
    registration: '51',
    division: '310000',
    rating: '5A',
    address: '上海市徐汇区漕溪北路 595 号 12 楼',
  },
  {
    key: 'assoc-auto-parts',
    name: '上海市新能源汽车零部件行业协会',
    type: 'INDUSTRY_ASSOCIATION',
    registration: '51',
    division: '310000',
    rating: '4A',
    address: '上海市嘉定区博园路 4318 号',
  },
  {
    key: 'assoc-biomed',
    name: '上海市生物医药质量促进联合会',
    type: 'INDUSTRY_ASSOCIATION',
    registration: '51',
    division: '310000',
    rating: '4星',
    address: '上海市浦东新区蔡伦路 780 号',
  },
  {
    key: 'assoc-construction',
    name: '上海市建设工程品质促进会',
    type: 'INDUSTRY_ASSOCIATION',
    registration: '51',
    division: '310000',
    rating: '5星',
    address: '上海市静安区武宁南路 423 号',
  },
  {
    key: 'assoc-smart-mfg',
    name: '上海市智能制造装备产业促进会',
    type: 'INDUSTRY_ASSOCIATION',
    registration: '51',
    division: '310000',
    rating: '4A',
    address: '上海市闵行区江川东路 48 号',
  },
  // rated 3A: below the 4A / 4星 the notice requires, so it may not nominate
  {
    key: 'assoc-electronics',
    name: '上海市电子元器件检测行业协会',
    type: 'INDUSTRY_ASSOCIATION',
    registration: '51',
    division: '310000',
    rating: '3A',
    address: '上海市普陀区真北路 1151 号',
  },
  // 事业单位（高校、研究院所）
  {
    key: 'univ-shenjiang',
    name: '上海申江理工大学',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市杨浦区军工路 1688 号',
  },
  {
    key: 'univ-pujiang',
    name: '上海浦江工程大学',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市松江区龙腾路 333 号',
  },
  {
    key: 'univ-hubin',
    name: '上海沪滨科技大学',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市浦东新区海科路 99 号',
  },
  {
    key: 'univ-medical',
    name: '上海临江医科大学',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市徐汇区医学院路 210 号',
  },
  {
    key: 'inst-advanced-mfg',
    name: '上海市先进制造技术研究所',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市闵行区剑川路 955 号',
  },
  {
    key: 'inst-building',
    name: '上海市建设工程技术研究院',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市徐汇区宛平南路 75 号',
  },
  {
    key: 'inst-biomed',
    name: '上海市生物医药质量技术研究中心',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市浦东新区哈雷路 898 号',
  },
  {
    key: 'inst-ic',
    name: '上海市集成电路可靠性研究所',
    type: 'PUBLIC_INSTITUTION',
    registration: '12',
    division: '310000',
    address: '上海市浦东新区龙东大道 3000 号',
  },
  // 质量基础设施专业机构
  {
    key: 'qi-metrology',
    name: '上海申江计量测试技术研究院',
    type: 'QUALITY_INFRASTRUCTURE',
    registration: '12',
    division: '310000',
    address: '上海市浦东新区张衡路 1500 号',
  },
  {
    key: 'qi-standards',
    name: '上海沪滨标准化研究院',
    type: 'QUALITY_INFRASTRUCTURE',
    registration: '12',
    division: '310000',
    address: '上海市长宁区虹桥路 1406 号',
  },
  {
    key: 'qi-testing',
    name: '上海海湾产品质量检验研究院',
    type: 'QUALITY_INFRASTRUCTURE',
    registration: '12',
    division: '310000',
    address: '上海市浦东新区金科路 2588 号',
  },
  {
    key: 'qi-cert',
    name: '上海浦江质量认证中心有限公司',
    type: 'QUALITY_INFRASTRUCTURE',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区张杨路 1725 号',
  },
  {
    key: 'qi-special-equip',
    name: '上海东滨特种设备检测研究所',
    type: 'QUALITY_INFRASTRUCTURE',
    registration: '12',
    division: '310000',
    address: '上海市普陀区金沙江路 915 号',
  },
  {
    key: 'qi-ev-testing',
    name: '上海临港新能源汽车检测中心有限公司',
    type: 'QUALITY_INFRASTRUCTURE',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区新元南路 600 号',
    isNewlyRegistered: true,
  },
  // 在沪央企、国企等集团性企业
  {
    key: 'group-auto',
    name: '上海申城汽车集团股份有限公司',
    type: 'STATE_OWNED_GROUP',
    registration: '91',
    division: '310000',
    address: '上海市静安区威海路 489 号',
  },
  {
    key: 'group-electric',
    name: '上海沪滨电气集团有限公司',
    type: 'STATE_OWNED_GROUP',
    registration: '91',
    division: '310000',
    address: '上海市黄浦区四川中路 110 号',
  },
  {
    key: 'group-construction',
    name: '上海浦江建设工程集团有限公司',
    type: 'STATE_OWNED_GROUP',
    registration: '91',
    division: '310000',
    address: '上海市虹口区东大名路 666 号',
  },
  {
    key: 'group-pharma',
    name: '上海申江医药集团有限公司',
    type: 'STATE_OWNED_GROUP',
    registration: '91',
    division: '310000',
    address: '上海市黄浦区太仓路 200 号',
  },
  {
    key: 'group-shipbuilding',
    name: '中国东海船舶重工集团有限公司',
    type: 'STATE_OWNED_GROUP',
    registration: '91',
    division: '310000',
    address: '上海市浦东新区浦东大道 1 号',
  },
  // 上海市质量协会质量技术应用推广部门: nominates the enterprises below that may not nominate themselves
  {
    key: 'promo',
    name: '上海市质量协会质量技术应用推广部',
    type: 'PROMOTION_DEPARTMENT',
    registration: '51',
    division: '310000',
    address: '上海市徐汇区南丹东路 300 号',
  },
  // 外商投资企业
  {
    key: 'fie-precision',
    name: '博瑞精密测量技术（上海）有限公司',
    type: 'FOREIGN_INVESTED',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区富特北路 211 号',
  },
  {
    key: 'fie-autoelec',
    name: '泰科斯汽车电子（上海）有限公司',
    type: 'FOREIGN_INVESTED',
    registration: '91',
    division: '310114',
    address: '上海市嘉定区叶城路 1118 号',
  },
  {
    key: 'fie-meddevice',
    name: '恩德医疗器械（上海）有限公司',
    type: 'FOREIGN_INVESTED',
    registration: '91',
    division: '310112',
    address: '上海市闵行区紫星路 588 号',
  },
  {
    key: 'fie-semicon',
    name: '艾森半导体设备（上海）有限公司',
    type: 'FOREIGN_INVESTED',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区碧波路 690 号',
    isNewlyRegistered: true,
  },
  // “专精特新”中小企业
  {
    key: 'sme-vision',
    name: '上海锐视智能检测技术股份有限公司',
    type: 'SPECIALIZED_SME',
    registration: '91',
    division: '310114',
    address: '上海市嘉定区墨玉南路 1033 号',
    isNewlyRegistered: true,
  },
  {
    key: 'sme-weighing',
    name: '上海衡准称重技术有限公司',
    type: 'SPECIALIZED_SME',
    registration: '91',
    division: '310117',
    address: '上海市松江区九亭镇涞寅路 1881 号',
  },
  {
    key: 'sme-chiptest',
    name: '上海芯测半导体技术有限公司',
    type: 'SPECIALIZED_SME',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区祖冲之路 887 弄',
    isNewlyRegistered: true,
  },
  {
    key: 'sme-envtest',
    name: '上海绿源环境检测技术有限公司',
    type: 'SPECIALIZED_SME',
    registration: '91',
    division: '310113',
    address: '上海市宝山区沪太路 5018 号',
    isNewlyRegistered: true,
  },
  {
    key: 'sme-sensor',
    name: '上海微感传感器科技有限公司',
    type: 'SPECIALIZED_SME',
    registration: '91',
    division: '310112',
    address: '上海市闵行区新骏环路 245 号',
    isNewlyRegistered: true,
  },
  // 高新技术民营企业
  {
    key: 'htp-dataq',
    name: '上海数质云信息科技有限公司',
    type: 'HIGH_TECH_PRIVATE',
    registration: '91',
    division: '310104',
    address: '上海市徐汇区云锦路 701 号',
    isNewlyRegistered: true,
  },
  {
    key: 'htp-wafer',
    name: '上海晶矽微电子有限公司',
    type: 'HIGH_TECH_PRIVATE',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区盛夏路 560 号',
  },
  {
    key: 'htp-battery',
    name: '上海安驰新能源科技有限公司',
    type: 'HIGH_TECH_PRIVATE',
    registration: '91',
    division: '310120',
    address: '上海市奉贤区环城东路 383 号',
    isNewlyRegistered: true,
  },
  {
    key: 'htp-biotech',
    name: '上海康瑞生物制药有限公司',
    type: 'HIGH_TECH_PRIVATE',
    registration: '91',
    division: '310115',
    address: '上海市浦东新区李冰路 67 弄',
  },
  {
    key: 'htp-construct-tech',
    name: '上海筑信智能建造科技有限公司',
    type: 'HIGH_TECH_PRIVATE',
    registration: '91',
    division: '310110',
    address: '上海市杨浦区政立路 485 号',
    isNewlyRegistered: true,
  },
  // 其他企业
  {
    key: 'ent-auto-parts',
    name: '上海申城汽车零部件有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310114',
    address: '上海市嘉定区安亭镇墨玉路 185 号',
  },
  {
    key: 'ent-motor',
    name: '上海沪滨电机有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310112',
    address: '上海市闵行区江川路 555 号',
  },
  {
    key: 'ent-bridge',
    name: '上海浦江路桥建设有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310109',
    address: '上海市虹口区曲阳路 910 号',
  },
  {
    key: 'ent-pharma',
    name: '上海申江制药有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310120',
    address: '上海市奉贤区海湾镇五四公路 4399 号',
  },
  {
    key: 'ent-shipyard',
    name: '上海东海船舶配套有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310151',
    address: '上海市崇明区长兴镇潘园公路 1999 号',
  },
  {
    key: 'ent-food',
    name: '上海沪香食品有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310118',
    address: '上海市青浦区华新镇华志路 1255 号',
  },
  {
    key: 'ent-rail',
    name: '上海滨江轨道交通设备有限公司',
    type: 'OTHER_ENTERPRISE',
    registration: '91',
    division: '310113',
    address: '上海市宝山区富锦路 2299 号',
  },
];

/** Digits and capitals usable in a subject identifier; I, O, Z, S and V are not in the credit-code alphabet. */
const IDENTIFIER_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organization code: eight body characters and their check character. */
function organizationCode(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i];
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * ORGANIZATION_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

function subjectIdentifier(prng: Prng, isNewlyRegistered: boolean): string {
  if (isNewlyRegistered) {
    const tail = Array.from({ length: 5 }, () => prng.pick([...IDENTIFIER_CHARACTERS])).join('');
    return organizationCode(`MA1${tail}`);
  }
  return organizationCode(String(prng.int(10000000, 99999999)));
}

function toSeed(row: OrganizationRow): OrganizationSeed {
  const prng = createPrng(`organization:${row.key}`);
  const first17 = row.registration + row.division + subjectIdentifier(prng, row.isNewlyRegistered ?? false);
  const contactName = personName(prng, prng.chance(0.5) ? 'MALE' : 'FEMALE');
  return {
    key: row.key,
    name: row.name,
    creditCode: first17 + creditCodeCheckCharacter(first17),
    type: row.type,
    ...(row.rating ? { rating: row.rating } : {}),
    address: row.address,
    contactName,
    contactPhone: officePhone(prng),
  };
}

export const ORGANIZATIONS: OrganizationSeed[] = ROWS.map(toSeed);

const BY_KEY = new Map(ORGANIZATIONS.map((organization) => [organization.key, organization]));

export function organizationByKey(key: string): OrganizationSeed {
  const organization = BY_KEY.get(key);
  if (!organization) throw new Error(`unknown organization key ${key}`);
  return organization;
}
