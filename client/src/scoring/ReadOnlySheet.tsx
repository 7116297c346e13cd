import type { RubricCriterionFragment, ScoreSheetFieldsFragment } from '@award/schema/generated/graphql';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { runningTotal, sheetValuesOf } from './sheet-values';

interface ReadOnlySheetProps {
  title: string;
  criteria: readonly RubricCriterionFragment[];
  sheet: ScoreSheetFieldsFragment | null | undefined;
  maxTotal: number;
}

/** A sheet that can no longer change (submitted, or its nomination out of the stage), for reading only. */
export function ReadOnlySheet({ title, criteria, sheet, maxTotal }: ReadOnlySheetProps) {
  const { t } = useTranslation(['scoring', 'nominations']);
  const language = useLanguage();
  const values = sheetValuesOf(
    sheet,
    criteria.map((criterion) => criterion.id),
  );
  const total = sheet?.total ?? runningTotal(values.scores).total;
  const empty = t('reader.empty');
  return (
    // The title wraps rather than being cut short, and the time of submission is in the body, not beside the
    // title, where a narrow pane or a phone left no room for the title (issue 14).
    <Card title={title} aria-label={title} styles={{ title: { whiteSpace: 'normal' } }}>
      <Flex vertical gap="middle">
        <Flex wrap gap="small" justify="space-between">
          <Typography.Text strong data-testid="submitted-total">
            {t('sheet.totalLine', { total, max: maxTotal })}
          </Typography.Text>
          {sheet?.submittedAt && (
            <Typography.Text type="secondary">
              {t('submitted.at', { at: formatInstant(sheet.submittedAt, language) })}
            </Typography.Text>
          )}
        </Flex>
        <Descriptions
          size="small"
          bordered
          column={1}
          items={criteria.map((criterion) => {
            const score = values.scores[criterion.id];
            return {
              key: criterion.id,
              label: `${criterion.position}. ${localizedName(criterion, language)}`,
              children: (
                <Flex vertical gap={4}>
                  <Flex gap="small" align="center">
                    {score.level && <Tag color="blue">{t(`level.${score.level}`)}</Tag>}
                    <Typography.Text>
                      {score.points ?? empty} / {criterion.maxPoints}
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {score.comment || empty}
                  </Typography.Paragraph>
                </Flex>
              ),
            };
          })}
        />
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            {
              key: 'opinion',
              label: t('sheet.overallOpinion'),
              children: (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {values.overallOpinion || empty}
                </Typography.Paragraph>
              ),
            },
            {
              key: 'grade',
              label: t('sheet.recommendedGrade'),
              children: values.recommendedGrade ? t(`nominations:grade.${values.recommendedGrade}`) : empty,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
