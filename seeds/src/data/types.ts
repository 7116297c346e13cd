/** Shapes of the demo data; the seeders map them onto the entities. */

export type OrganizationType =
  | 'GOVERNMENT_DEPARTMENT'
  | 'INDUSTRY_ASSOCIATION'
  | 'PUBLIC_INSTITUTION'
  | 'QUALITY_INFRASTRUCTURE'
  | 'STATE_OWNED_GROUP'
  | 'PROMOTION_DEPARTMENT'
  | 'FOREIGN_INVESTED'
  | 'SPECIALIZED_SME'
  | 'HIGH_TECH_PRIVATE'
  | 'OTHER_ENTERPRISE';

export interface OrganizationSeed {
  key: string;
  name: string;
  creditCode: string;
  type: OrganizationType;
  /** assessment rating of a social organization: '4A', '5A', '4星' … */
  rating?: string;
  address: string;
  contactName: string;
  contactPhone: string;
}

export interface FieldSeed {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface LevelSeed {
  level: 'A' | 'B' | 'C' | 'D';
  minPercent: number;
  maxPercent: number;
  descriptorZh: string;
  descriptorEn: string;
}

export interface CriterionSeed {
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  maxPoints: number;
  levels: LevelSeed[];
}

export interface RubricSeed {
  category: 'INVENTION' | 'PROGRESS';
  criteria: CriterionSeed[];
}

export interface ExpertSeed {
  key: string;
  name: string;
  /** e.g. 教授级高级工程师 */
  title: string;
  /** an OrganizationSeed.key */
  employerKey: string;
  /** expert1@example.com … */
  email: string;
  phone: string;
  primaryField: string;
  secondaryFields: string[];
  maxLoad: number;
  pastEmployerKeys: string[];
}

export interface CompleterSeed {
  name: string;
  idDocumentType: 'RESIDENT_ID' | 'PASSPORT';
  /** a valid-looking 18-digit 居民身份证 number with a correct ISO 7064 MOD 11-2 check digit; fake people */
  idDocumentNumber: string;
  employer: string;
  title: string;
  contribution: string;
}

export interface ApplicationSeed {
  userOrganization: string;
  technologyApplied: string;
  /** '2022.03-2024.03' */
  period: string;
  contact: string;
  benefit: string;
}

export interface EconomicBenefitSeed {
  year: number;
  newSales: number;
  newProfit: number;
  newTax: number;
  foreignExchange: number;
  /** 万元 */
  savings: number;
}

export interface IpSeed {
  kind: 'INVENTION_PATENT' | 'UTILITY_PATENT' | 'SOFTWARE_COPYRIGHT' | 'STANDARD' | 'PAPER' | 'OTHER';
  title: string;
  number: string;
  holder: string;
  /** YYYY-MM-DD */
  grantedOn: string;
}

export type NominationStage =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RETURNED'
  | 'ACCEPTED'
  | 'PRELIMINARY_REVIEW'
  | 'RE_REVIEW'
  | 'PUBLICITY'
  | 'APPROVED'
  | 'NOT_AWARDED'
  | 'WITHDRAWN'
  | 'REVOKED';

export interface NominationSeed {
  key: string;
  category: 'INVENTION' | 'PROGRESS';
  status: NominationStage;
  /** ≤ 30 Chinese characters */
  projectName: string;
  fieldCode: string;
  /** 国民经济行业, e.g. 'C39 计算机、通信和其他电子设备制造业' */
  industry: string;
  taskSource: string;
  startDate: string;
  endDate: string;
  inventionPatentCount: number;
  otherIpCount: number;
  /** null = accept the committee's grade */
  proposedGrade: 'FIRST' | 'SECOND' | 'THIRD' | null;
  nominatorKey: string;
  /** ordered, the first is the main one */
  completingOrganizationKeys: string[];
  /** ordered */
  completers: CompleterSeed[];
  /** 项目简介, 300-800 characters */
  summary: string;
  /** 2-4 points, each ≤ 500 characters */
  innovations: string[];
  /** ≤ 300 characters */
  objectiveEvaluation: string;
  applications: ApplicationSeed[];
  /** exactly three years: 2021, 2022, 2023 */
  economicBenefits: EconomicBenefitSeed[];
  economicBasis: string;
  socialBenefit: string;
  intellectualProperty: IpSeed[];
  nominatorOpinion: string;
  /** for RETURNED */
  returnReason?: ReturnReason;
}

/** A section of the form a formal review sent back, and why (FormSection's names). */
export interface ReturnReason {
  section:
    | 'BASICS'
    | 'COMPLETERS'
    | 'ORGANIZATIONS'
    | 'INNOVATION'
    | 'APPLICATION'
    | 'BENEFITS'
    | 'IP'
    | 'OPINION'
    | 'FILES';
  reason: string;
}
