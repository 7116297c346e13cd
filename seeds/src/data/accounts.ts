import { EXPERTS } from './experts.js';
import { NOMINATIONS } from './nominations.js';
import { ORGANIZATIONS } from './organizations.js';

export type DemoRole = 'SECRETARIAT' | 'CHAIR' | 'COMMITTEE_MEMBER' | 'EXPERT' | 'NOMINATOR';

export interface DemoAccount {
  email: string;
  displayName: string;
  roles: DemoRole[];
  organizationKey?: string;
  expertKey?: string;
}

/** Every demo account signs in with this password. */
export const DEMO_PASSWORD = 'Award2024!demo';

/** 评审委员会: the chair first. Their surnames are outside the generator's, so no completer shares a name. */
const CHAIR_NAME = '俞敬涵';
const COMMITTEE_MEMBER_NAMES = [
  '章永年',
  '温伯涛',
  '柏慧中',
  '乔宗翰',
  '蓝文澜',
  '裴子衡',
  '储安澜',
  '易鸿钧',
  '鲍静姝',
  '翁立诚',
  '屠海宁',
  '虞慎之',
  '祁雪芸',
  '岑国梁',
];

const nominatorKeys = new Set(NOMINATIONS.map((nomination) => nomination.nominatorKey));

export const ACCOUNTS: DemoAccount[] = [
  { email: 'secretariat@example.com', displayName: '秘书处（会员与质量推进部）', roles: ['SECRETARIAT'] },
  { email: 'chair@example.com', displayName: CHAIR_NAME, roles: ['CHAIR', 'COMMITTEE_MEMBER'] },
  ...COMMITTEE_MEMBER_NAMES.map(
    (name, i): DemoAccount => ({
      email: `member${i + 1}@example.com`,
      displayName: name,
      roles: ['COMMITTEE_MEMBER'],
    }),
  ),
  ...EXPERTS.map(
    (expert): DemoAccount => ({
      email: expert.email,
      displayName: expert.name,
      roles: ['EXPERT'],
      expertKey: expert.key,
    }),
  ),
  // One nominator account per organization that nominates, in the order of the organization list.
  ...ORGANIZATIONS.filter((organization) => nominatorKeys.has(organization.key)).map(
    (organization, i): DemoAccount => ({
      email: `nominator${i + 1}@example.com`,
      displayName: `${organization.contactName}（${organization.name}）`,
      roles: ['NOMINATOR'],
      organizationKey: organization.key,
    }),
  ),
];
