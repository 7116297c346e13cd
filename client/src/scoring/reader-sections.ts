import type { NominationReadingQuery } from '@award/schema/generated/graphql';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import type { PrintedSection } from '../formal-review/printed-form';

type ReadNomination = NominationReadingQuery['nomination'];

const tenThousandYuan = (amount: number) => amount.toFixed(2);

// The columns of the application and benefit tables, in the order of the nominator's form.
const applicationColumns = ['userOrganization', 'technologyApplied', 'period', 'contact', 'benefit'] as const;
const applicationWidths = [3, 3, 2, 2, 4];
const benefitColumns = ['newSales', 'newProfit', 'newTax', 'foreignExchange', 'savings'] as const;

/**
 * The nomination form, section by section in the order of the printed form (award-rules.md, What a
 * nomination holds), as blocks the frozen-form view of formal review already draws: the reviewer reads
 * what the secretariat checked, laid out the same way, with the labels of the nominator's form.
 */
export function useReaderSections(nomination: ReadNomination): PrintedSection[] {
  const { t } = useTranslation(['nominationForm', 'nominations', 'scoring']);
  const language = useLanguage();
  const orEmpty = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? t('scoring:reader.empty') : String(value);
  const yesNo = (value: boolean) => (value ? t('scoring:reader.yes') : t('scoring:reader.no'));
  const text = (label: string, content: string) => ({
    kind: 'text' as const,
    label,
    paragraphs: content.trim() === '' ? [t('scoring:reader.empty')] : content.split(/\n+/),
  });
  // Columns as [title, relative width], as the printed form sizes them.
  const table = (columns: [title: string, width: number][], rows: string[][]) => ({
    kind: 'table' as const,
    columns: columns.map(([title, width]) => ({ title, width })),
    rows,
  });
  const position: [string, number] = [t('scoring:reader.position'), 1];

  return [
    {
      heading: t('nominationForm:step.BASICS'),
      blocks: [
        {
          kind: 'fields',
          rows: [
            [t('nominationForm:field.projectName'), nomination.projectName],
            [t('nominationForm:field.category'), t(`nominations:category.${nomination.category}`)],
            [t('nominationForm:field.fieldId'), localizedName(nomination.field, language)],
            [t('scoring:reader.nominator'), nomination.nominator.name],
            [t('nominationForm:field.industry'), orEmpty(nomination.industry)],
            [t('nominationForm:field.taskSource'), orEmpty(nomination.taskSource)],
            [t('nominationForm:field.startDate'), orEmpty(nomination.startDate)],
            [t('nominationForm:field.endDate'), orEmpty(nomination.endDate)],
            [t('nominationForm:field.inventionPatentCount'), String(nomination.inventionPatentCount)],
            [t('nominationForm:field.otherIpCount'), String(nomination.otherIpCount)],
            [
              t('nominationForm:field.proposedGrade'),
              nomination.proposedGrade
                ? t(`nominations:grade.${nomination.proposedGrade}`)
                : t('nominations:committeeGrade'),
            ],
          ],
        },
      ],
    },
    {
      heading: t('nominationForm:step.COMPLETERS'),
      blocks: [
        table(
          [
            position,
            [t('nominationForm:completer.name'), 2],
            [t('nominationForm:completer.jobTitle'), 2],
            [t('nominationForm:completer.employer'), 3],
            [t('nominationForm:completer.contribution'), 6],
          ],
          nomination.completers.map((completer) => [
            String(completer.position),
            completer.name,
            completer.title,
            completer.employer,
            completer.contribution,
          ]),
        ),
      ],
    },
    {
      heading: t('nominationForm:step.ORGANIZATIONS'),
      blocks: [
        table(
          [position, [t('nominationForm:field.completingOrganizations'), 12]],
          nomination.completingOrganizations.map((entry) => [
            String(entry.position),
            entry.organization.name,
          ]),
        ),
      ],
    },
    {
      heading: t('nominationForm:step.INNOVATION'),
      blocks: [
        text(t('nominationForm:field.summary'), nomination.summary),
        {
          kind: 'text',
          label: t('nominationForm:field.innovations'),
          paragraphs: nomination.innovations.map(
            (innovation) => `${innovation.position}. ${innovation.content}`,
          ),
        },
        text(t('nominationForm:field.objectiveEvaluation'), nomination.objectiveEvaluation),
      ],
    },
    {
      heading: t('nominationForm:step.APPLICATION'),
      blocks: [
        table(
          [
            position,
            ...applicationColumns.map((key, index): [string, number] => [
              t(`nominationForm:application.${key}`),
              applicationWidths[index],
            ]),
          ],
          nomination.applications.map((application) => [
            String(application.position),
            ...applicationColumns.map((key) => application[key]),
          ]),
        ),
      ],
    },
    {
      heading: `${t('nominationForm:step.BENEFITS')} · ${t('nominationForm:benefit.unit')}`,
      blocks: [
        table(
          [
            [t('nominationForm:benefit.year'), 1],
            ...benefitColumns.map((key): [string, number] => [t(`nominationForm:benefit.${key}`), 2]),
          ],
          nomination.economicBenefits.map((benefit) => [
            String(benefit.year),
            ...benefitColumns.map((key) => tenThousandYuan(benefit[key])),
          ]),
        ),
        text(t('nominationForm:field.economicBasis'), nomination.economicBasis),
        text(t('nominationForm:field.socialBenefit'), nomination.socialBenefit),
      ],
    },
    {
      heading: t('nominationForm:step.IP'),
      blocks: [
        table(
          [
            position,
            [t('nominationForm:ip.kind'), 2],
            [t('nominationForm:ip.ipTitle'), 4],
            [t('nominationForm:ip.number'), 3],
            [t('nominationForm:ip.holder'), 3],
            [t('nominationForm:ip.grantedOn'), 2],
          ],
          nomination.intellectualProperty.map((entry) => [
            String(entry.position),
            t(`nominationForm:ipKind.${entry.kind}`),
            entry.title,
            entry.number,
            entry.holder,
            orEmpty(entry.grantedOn),
          ]),
        ),
      ],
    },
    {
      heading: t('nominationForm:step.OPINION'),
      blocks: [
        text(t('nominationForm:field.nominatorOpinion'), nomination.nominatorOpinion),
        {
          kind: 'fields',
          rows: [
            [t('nominationForm:declaresTruthfulness'), yesNo(nomination.declaresTruthfulness)],
            [t('nominationForm:declaresNoFee'), yesNo(nomination.declaresNoFee)],
          ],
        },
      ],
    },
  ];
}
