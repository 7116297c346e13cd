import { createPrng } from '@award/api/domain';
import { describe, expect, it, vi } from 'vitest';
import { isValidCreditCode } from '../../api/src/organizations/credit-code.js';
import { ACCOUNTS, DEMO_PASSWORD } from '../src/data/accounts.js';
import { EXPERTS } from '../src/data/experts.js';
import { FIELDS } from '../src/data/fields.js';
import { NOMINATIONS } from '../src/data/nominations.js';
import { ORGANIZATIONS } from '../src/data/organizations.js';
import { isValidResidentId } from '../src/data/people.js';
import { RUBRICS } from '../src/data/rubrics.js';
import type { NominationStage, OrganizationSeed, OrganizationType } from '../src/data/types.js';

/** The invariants of the demo data, checked against award-rules.md rather than against the generators. */

const length = (text: string) => [...text].length;
const organizationsByKey = new Map(ORGANIZATIONS.map((organization) => [organization.key, organization]));
const organization = (key: string) => organizationsByKey.get(key) as OrganizationSeed;
const fieldCodes = new Set(FIELDS.map((field) => field.code));

const ORGANIZATION_TYPES: OrganizationType[] = [
  'GOVERNMENT_DEPARTMENT',
  'INDUSTRY_ASSOCIATION',
  'PUBLIC_INSTITUTION',
  'QUALITY_INFRASTRUCTURE',
  'STATE_OWNED_GROUP',
  'PROMOTION_DEPARTMENT',
  'FOREIGN_INVESTED',
  'SPECIALIZED_SME',
  'HIGH_TECH_PRIVATE',
  'OTHER_ENTERPRISE',
];

const STAGES: NominationStage[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'PRELIMINARY_REVIEW',
  'RE_REVIEW',
  'PUBLICITY',
  'APPROVED',
  'NOT_AWARDED',
  'WITHDRAWN',
  'REVOKED',
];

/** award-rules.md, limits on credited people / organizations per grade proposed. */
const LIMITS = {
  INVENTION: { FIRST: [7, 4], SECOND: [6, 3], THIRD: [5, 2] },
  PROGRESS: { FIRST: [9, 7], SECOND: [7, 5], THIRD: [5, 3] },
} as const;

const PROMOTED_TYPES: OrganizationType[] = ['FOREIGN_INVESTED', 'SPECIALIZED_SME', 'HIGH_TECH_PRIVATE'];

/** 全市性行业协会 rated 4A or 4星 and above may nominate. */
function isRatedHighEnough(rating: string | undefined): boolean {
  const match = /^([1-5])(A|星)$/.exec(rating ?? '');
  return match !== null && Number(match[1]) >= 4;
}

function mayNominateDirectly(nominator: OrganizationSeed): boolean {
  switch (nominator.type) {
    case 'GOVERNMENT_DEPARTMENT':
    case 'PUBLIC_INSTITUTION':
    case 'QUALITY_INFRASTRUCTURE':
    case 'STATE_OWNED_GROUP':
      return true;
    case 'INDUSTRY_ASSOCIATION':
      return isRatedHighEnough(nominator.rating);
    default:
      return false;
  }
}

describe('organizations', () => {
  it('number at least 40 and cover every kind, with exactly one promotion department', () => {
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(40);
    for (const type of ORGANIZATION_TYPES) {
      const count = ORGANIZATIONS.filter((o) => o.type === type).length;
      if (type === 'PROMOTION_DEPARTMENT') expect(count, type).toBe(1);
      else expect(count, type).toBeGreaterThanOrEqual(2);
    }
    expect(ORGANIZATIONS.find((o) => o.type === 'PROMOTION_DEPARTMENT')?.name).toBe(
      '上海市质量协会质量技术应用推广部',
    );
  });

  it('have unique keys, names and valid, unique credit codes', () => {
    expect(new Set(ORGANIZATIONS.map((o) => o.key)).size).toBe(ORGANIZATIONS.length);
    expect(new Set(ORGANIZATIONS.map((o) => o.name)).size).toBe(ORGANIZATIONS.length);
    expect(new Set(ORGANIZATIONS.map((o) => o.creditCode)).size).toBe(ORGANIZATIONS.length);
    for (const o of ORGANIZATIONS)
      expect(isValidCreditCode(o.creditCode), `${o.name} ${o.creditCode}`).toBe(true);
  });

  it('rate every industry association and nothing else', () => {
    for (const o of ORGANIZATIONS) {
      if (o.type === 'INDUSTRY_ASSOCIATION') expect(o.rating, o.name).toMatch(/^[1-5](A|星)$/);
      else expect(o.rating, o.name).toBeUndefined();
    }
    expect(ORGANIZATIONS.some((o) => o.type === 'INDUSTRY_ASSOCIATION' && !isRatedHighEnough(o.rating))).toBe(
      true,
    );
  });

  it('fit the columns of the organization table', () => {
    for (const o of ORGANIZATIONS) {
      expect(length(o.name)).toBeLessThanOrEqual(200);
      expect(length(o.address)).toBeLessThanOrEqual(300);
      expect(length(o.contactName)).toBeLessThanOrEqual(50);
      expect(o.contactPhone).toMatch(/^021-\d{8}$/);
    }
  });
});

describe('fields of expertise', () => {
  it('number at least 8, with unique codes and both names', () => {
    expect(FIELDS.length).toBeGreaterThanOrEqual(8);
    expect(fieldCodes.size).toBe(FIELDS.length);
    for (const field of FIELDS) expect(field.nameZh && field.nameEn).toBeTruthy();
  });
});

describe('experts', () => {
  it('number at least 48, keyed and mailed expert1 … expertN in order', () => {
    expect(EXPERTS.length).toBeGreaterThanOrEqual(48);
    EXPERTS.forEach((expert, i) => {
      expect(expert.key).toBe(`expert${i + 1}`);
      expect(expert.email).toBe(`expert${i + 1}@example.com`);
    });
    expect(new Set(EXPERTS.map((e) => e.name)).size).toBe(EXPERTS.length);
  });

  it('work for known organizations, in known fields, with a load of 6 to 12', () => {
    for (const expert of EXPERTS) {
      expect(organizationsByKey.has(expert.employerKey), expert.key).toBe(true);
      for (const key of expert.pastEmployerKeys) expect(organizationsByKey.has(key), expert.key).toBe(true);
      expect(fieldCodes.has(expert.primaryField), expert.key).toBe(true);
      for (const code of expert.secondaryFields) expect(fieldCodes.has(code), expert.key).toBe(true);
      expect(expert.secondaryFields).not.toContain(expert.primaryField);
      expect(expert.maxLoad).toBeGreaterThanOrEqual(6);
      expect(expert.maxLoad).toBeLessThanOrEqual(12);
      expect(expert.phone).toMatch(/^1\d{10}$/);
    }
    expect(EXPERTS.some((e) => e.pastEmployerKeys.length > 0)).toBe(true);
  });

  it('give every field at least five experts, primary or secondary', () => {
    for (const code of fieldCodes) {
      const pool = EXPERTS.filter((e) => e.primaryField === code || e.secondaryFields.includes(code));
      expect(pool.length, code).toBeGreaterThanOrEqual(5);
    }
  });

  it('leave every nomination seven experts of its field after recusal for employers, past and present', () => {
    for (const nomination of NOMINATIONS) {
      const conflicted = new Set([nomination.nominatorKey, ...nomination.completingOrganizationKeys]);
      const eligible = EXPERTS.filter(
        (e) =>
          (e.primaryField === nomination.fieldCode || e.secondaryFields.includes(nomination.fieldCode)) &&
          ![e.employerKey, ...e.pastEmployerKeys].some((key) => conflicted.has(key)),
      );
      expect(eligible.length, nomination.key).toBeGreaterThanOrEqual(7);
    }
  });

  it('have room for five sheets on every nomination that reaches preliminary review', () => {
    const reviewed = NOMINATIONS.filter((n) =>
      ['PRELIMINARY_REVIEW', 'RE_REVIEW', 'PUBLICITY', 'APPROVED', 'NOT_AWARDED', 'REVOKED'].includes(
        n.status,
      ),
    );
    const capacity = EXPERTS.reduce((sum, e) => sum + e.maxLoad, 0);
    expect(capacity).toBeGreaterThanOrEqual(5 * reviewed.length);
  });
});

describe('nominations', () => {
  it('number at least 64, about half of each category', () => {
    expect(NOMINATIONS.length).toBeGreaterThanOrEqual(64);
    const inventions = NOMINATIONS.filter((n) => n.category === 'INVENTION').length;
    expect(inventions / NOMINATIONS.length).toBeGreaterThanOrEqual(0.4);
    expect(inventions / NOMINATIONS.length).toBeLessThanOrEqual(0.6);
  });

  it('sit at every stage but publicity: at least 3 each and 16 in preliminary review', () => {
    for (const stage of STAGES.filter((stage) => stage !== 'PUBLICITY')) {
      const count = NOMINATIONS.filter((n) => n.status === stage).length;
      expect(count, stage).toBeGreaterThanOrEqual(stage === 'PRELIMINARY_REVIEW' ? 16 : 3);
    }
  });

  it('close one category at a time: none in publicity beside approved ones, none listed in the other', () => {
    // A category's publication and approval move all its nominations at once (award-rules.md), so one
    // category cannot hold nominations in publicity and approved ones, nor be closed while the other is.
    const closed = (category: string) =>
      new Set(
        NOMINATIONS.filter(
          (n) => n.category === category && ['PUBLICITY', 'APPROVED', 'NOT_AWARDED'].includes(n.status),
        ).map((n) => (n.status === 'NOT_AWARDED' ? 'APPROVED' : n.status)),
      );
    expect(closed('INVENTION').size + closed('PROGRESS').size).toBeLessThanOrEqual(1);
  });

  it('have unique keys and unique project names of at most 30 characters', () => {
    expect(new Set(NOMINATIONS.map((n) => n.key)).size).toBe(NOMINATIONS.length);
    expect(new Set(NOMINATIONS.map((n) => n.projectName)).size).toBe(NOMINATIONS.length);
    for (const n of NOMINATIONS) expect(length(n.projectName), n.projectName).toBeLessThanOrEqual(30);
  });

  it('keep the form sections within their lengths', () => {
    for (const n of NOMINATIONS) {
      expect(length(n.summary), n.key).toBeGreaterThanOrEqual(300);
      expect(length(n.summary), n.key).toBeLessThanOrEqual(800);
      expect(n.innovations.length, n.key).toBeGreaterThanOrEqual(2);
      expect(n.innovations.length, n.key).toBeLessThanOrEqual(4);
      for (const point of n.innovations) {
        expect(length(point), n.key).toBeGreaterThan(0);
        expect(length(point), n.key).toBeLessThanOrEqual(500);
      }
      expect(length(n.objectiveEvaluation), n.key).toBeGreaterThan(0);
      expect(length(n.objectiveEvaluation), n.key).toBeLessThanOrEqual(300);
      expect(length(n.industry)).toBeLessThanOrEqual(100);
      expect(length(n.taskSource)).toBeLessThanOrEqual(200);
      for (const text of [n.economicBasis, n.socialBenefit, n.nominatorOpinion])
        expect(text.length).toBeGreaterThan(0);
    }
  });

  it('refer to a known field and known organizations, each credited once', () => {
    for (const n of NOMINATIONS) {
      expect(fieldCodes.has(n.fieldCode), n.key).toBe(true);
      expect(organizationsByKey.has(n.nominatorKey), n.key).toBe(true);
      for (const key of n.completingOrganizationKeys)
        expect(organizationsByKey.has(key), `${n.key} ${key}`).toBe(true);
      expect(new Set(n.completingOrganizationKeys).size, n.key).toBe(n.completingOrganizationKeys.length);
    }
  });

  it('credit no more people and organizations than the proposed grade allows (no grade: the first-grade limits)', () => {
    for (const n of NOMINATIONS) {
      const [people, organizations] = LIMITS[n.category][n.proposedGrade ?? 'FIRST'];
      expect(n.completers.length, n.key).toBeLessThanOrEqual(people);
      expect(n.completingOrganizationKeys.length, n.key).toBeLessThanOrEqual(organizations);
      expect(n.completers.length, n.key).toBeGreaterThanOrEqual(1);
    }
    expect(NOMINATIONS.some((n) => n.proposedGrade === null)).toBe(true);
  });

  it('come from entitled nominators; enterprises that may not nominate go through the promotion department', () => {
    for (const n of NOMINATIONS) {
      const nominator = organization(n.nominatorKey);
      const main = organization(n.completingOrganizationKeys[0]);
      if (PROMOTED_TYPES.includes(main.type)) {
        expect(nominator.type, n.key).toBe('PROMOTION_DEPARTMENT');
      } else {
        expect(mayNominateDirectly(nominator), `${n.key} by ${nominator.name}`).toBe(true);
      }
    }
  });

  it('give a return reason exactly to the returned ones', () => {
    for (const n of NOMINATIONS) {
      if (n.status === 'RETURNED') expect(n.returnReason, n.key).toBeTruthy();
      else expect(n.returnReason, n.key).toBeUndefined();
    }
  });

  it('run from a start date to a later end date', () => {
    for (const n of NOMINATIONS) {
      expect(n.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.endDate > n.startDate, n.key).toBe(true);
    }
  });

  it('report the economic benefit of 2021, 2022 and 2023 in plausible 万元 figures', () => {
    for (const n of NOMINATIONS) {
      expect(
        n.economicBenefits.map((row) => row.year),
        n.key,
      ).toEqual([2021, 2022, 2023]);
      for (const row of n.economicBenefits) {
        for (const value of [row.newSales, row.newProfit, row.newTax, row.foreignExchange, row.savings]) {
          expect(Number.isFinite(value) && value >= 0, n.key).toBe(true);
        }
        expect(row.newProfit, n.key).toBeLessThan(row.newSales);
        expect(row.foreignExchange, n.key).toBeLessThanOrEqual(row.newSales);
      }
    }
  });

  it('list applications with a period and a contact that fit the table', () => {
    for (const n of NOMINATIONS) {
      expect(n.applications.length, n.key).toBeGreaterThan(0);
      for (const application of n.applications) {
        expect(application.period).toMatch(/^\d{4}\.\d{2}-\d{4}\.\d{2}$/);
        expect(length(application.contact)).toBeLessThanOrEqual(100);
        expect(length(application.userOrganization)).toBeLessThanOrEqual(200);
      }
    }
  });
});

describe('completers', () => {
  it('work for a completing organization, the first one for the main organization, and every organization has one', () => {
    for (const n of NOMINATIONS) {
      const names = n.completingOrganizationKeys.map((key) => organization(key).name);
      for (const completer of n.completers) expect(names, n.key).toContain(completer.employer);
      expect(n.completers[0].employer, n.key).toBe(names[0]);
      for (const name of names)
        expect(
          n.completers.map((c) => c.employer),
          n.key,
        ).toContain(name);
    }
  });

  it('carry valid, unique identity numbers', () => {
    const completers = NOMINATIONS.flatMap((n) => n.completers);
    for (const c of completers) {
      if (c.idDocumentType === 'RESIDENT_ID')
        expect(isValidResidentId(c.idDocumentNumber), c.idDocumentNumber).toBe(true);
      else expect(c.idDocumentNumber).toMatch(/^[0-9A-Z]{8,9}$/);
      expect(length(c.name)).toBeLessThanOrEqual(50);
      expect(c.title && c.contribution).toBeTruthy();
    }
    expect(new Set(completers.map((c) => c.idDocumentNumber)).size).toBe(completers.length);
    expect(new Set(completers.map((c) => c.name)).size).toBe(completers.length);
  });

  it('are never experts or committee members, so recusal is only ever about organizations', () => {
    const reviewers = new Set([
      ...EXPERTS.map((e) => e.name),
      ...ACCOUNTS.filter((a) => a.roles.includes('COMMITTEE_MEMBER')).map((a) => a.displayName),
    ]);
    for (const c of NOMINATIONS.flatMap((n) => n.completers))
      expect(reviewers.has(c.name), c.name).toBe(false);
  });
});

describe('intellectual property', () => {
  it('matches the counts on the form', () => {
    for (const n of NOMINATIONS) {
      const count = (...kinds: string[]) =>
        n.intellectualProperty.filter((item) => kinds.includes(item.kind)).length;
      expect(n.inventionPatentCount, n.key).toBe(count('INVENTION_PATENT'));
      expect(n.otherIpCount, n.key).toBe(count('UTILITY_PATENT', 'SOFTWARE_COPYRIGHT', 'OTHER'));
      if (n.category === 'INVENTION') expect(n.inventionPatentCount, n.key).toBeGreaterThanOrEqual(1);
    }
  });

  it('was granted or published before the nomination window closed, and fits the table', () => {
    for (const item of NOMINATIONS.flatMap((n) => n.intellectualProperty)) {
      expect(item.grantedOn).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
      expect(item.grantedOn <= '2024-05-31', item.title).toBe(true);
      expect(length(item.title)).toBeLessThanOrEqual(300);
      expect(length(item.number)).toBeLessThanOrEqual(100);
      expect(length(item.holder)).toBeLessThanOrEqual(200);
    }
  });
});

describe('rubrics', () => {
  const expected = {
    INVENTION: [
      ['INV_ORIGINALITY', 30],
      ['INV_ADVANCEMENT', 20],
      ['INV_DIFFICULTY', 10],
      ['INV_MATURITY', 10],
      ['INV_BENEFIT', 15],
      ['INV_IMPACT', 15],
    ],
    PROGRESS: [
      ['PRG_INNOVATION', 25],
      ['PRG_ADVANCEMENT', 20],
      ['PRG_APPLICATION', 20],
      ['PRG_ECONOMIC', 15],
      ['PRG_SOCIAL', 10],
      ['PRG_INDUSTRY', 10],
    ],
  };

  it('have the criteria and points of award-rules.md, 100 in all', () => {
    expect(RUBRICS.map((r) => r.category).sort()).toEqual(['INVENTION', 'PROGRESS']);
    for (const rubric of RUBRICS) {
      expect(rubric.criteria.map((c) => [c.code, c.maxPoints])).toEqual(expected[rubric.category]);
      expect(rubric.criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(100);
    }
  });

  it('band every criterion A 90–100 %, B 75–89 %, C 60–74 %, D 0–59 %, with distinct descriptors', () => {
    for (const criterion of RUBRICS.flatMap((r) => r.criteria)) {
      expect(criterion.levels.map((l) => [l.level, l.minPercent, l.maxPercent])).toEqual([
        ['A', 90, 100],
        ['B', 75, 89],
        ['C', 60, 74],
        ['D', 0, 59],
      ]);
      for (const text of [
        criterion.nameZh,
        criterion.nameEn,
        criterion.descriptionZh,
        criterion.descriptionEn,
      ]) {
        expect(text.length, criterion.code).toBeGreaterThan(0);
      }
      expect(length(criterion.nameZh)).toBeLessThanOrEqual(100);
      expect(length(criterion.nameEn)).toBeLessThanOrEqual(200);
      expect(new Set(criterion.levels.map((l) => l.descriptorZh)).size, criterion.code).toBe(4);
      expect(new Set(criterion.levels.map((l) => l.descriptorEn)).size, criterion.code).toBe(4);
    }
  });
});

describe('demo accounts', () => {
  const byEmail = new Map(ACCOUNTS.map((account) => [account.email, account]));

  it('have unique e-mail addresses and one password', () => {
    expect(byEmail.size).toBe(ACCOUNTS.length);
    expect(DEMO_PASSWORD).toBe('Award2024!demo');
  });

  it('include the secretariat, the chair and fourteen committee members', () => {
    expect(byEmail.get('secretariat@example.com')?.roles).toEqual(['SECRETARIAT']);
    expect(byEmail.get('chair@example.com')?.roles).toEqual(['CHAIR', 'COMMITTEE_MEMBER']);
    for (let i = 1; i <= 14; i++)
      expect(byEmail.get(`member${i}@example.com`)?.roles).toEqual(['COMMITTEE_MEMBER']);
  });

  it('give every expert an account linked to it', () => {
    for (const expert of EXPERTS) {
      expect(byEmail.get(expert.email)).toMatchObject({ roles: ['EXPERT'], expertKey: expert.key });
    }
  });

  it('give one nominator account to each nominating organization, numbered in the order of the organization list', () => {
    const nominating = ORGANIZATIONS.filter((o) => NOMINATIONS.some((n) => n.nominatorKey === o.key));
    const nominators = ACCOUNTS.filter((a) => a.roles.includes('NOMINATOR'));
    expect(nominators.map((a) => [a.email, a.organizationKey])).toEqual(
      nominating.map((o, i) => [`nominator${i + 1}@example.com`, o.key]),
    );
  });
});

describe('determinism', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, createPrng(seed).next);
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('builds identical nominations when the modules are loaded again', async () => {
    vi.resetModules();
    const again = await import('../src/data/nominations.js');
    expect(again.NOMINATIONS).not.toBe(NOMINATIONS);
    expect(JSON.stringify(again.NOMINATIONS)).toBe(JSON.stringify(NOMINATIONS));
  });
});
