import { graphql } from '@award/schema/generated';
import type { RubricCriterionFragment } from '@award/schema/generated/graphql';
import { Card, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName, useLanguage } from '../app/language';
import { LevelChoice } from './LevelChoice';
import { LevelDescriptors } from './LevelDescriptors';
import { bandsOf, isInBand, isValidPoints } from './level-bands';

export const rubricCriterionFragment = graphql(`
  fragment RubricCriterion on Criterion {
    id
    code
    position
    nameZh
    nameEn
    descriptionZh
    descriptionEn
    maxPoints
    levels {
      id
      level
      minPercent
      maxPercent
      descriptorZh
      descriptorEn
    }
  }
`);

/** The longest comment the server keeps (score-rules.ts, commentMax). */
const commentMaxLength = 1000;

/**
 * One criterion of the rubric: what it judges, its level descriptors with their points, then the expert's
 * level, points and comment, in that order for the Tab key.
 */
export function CriterionRow({ criterion }: { criterion: RubricCriterionFragment }) {
  const { t } = useTranslation('scoring');
  const language = useLanguage();
  const bands = useMemo(() => bandsOf(criterion.levels, criterion.maxPoints), [criterion]);
  const name = localizedName(criterion, language);
  const field = (key: 'level' | 'points' | 'comment') => ['scores', criterion.id, key];
  return (
    <section aria-label={name}>
      <Card
        size="small"
        title={`${criterion.position}. ${name}`}
        extra={<Tag color="blue">{t('sheet.maxPoints', { max: criterion.maxPoints })}</Tag>}
      >
        <Flex vertical gap="small">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {language === 'zh-CN' ? criterion.descriptionZh : criterion.descriptionEn}
          </Typography.Paragraph>
          <LevelDescriptors levels={criterion.levels} bands={bands} />
          <Form.Item name={field('level')} label={t('sheet.level')} tooltip={t('sheet.levelHint')}>
            <LevelChoice name={`level-${criterion.id}`} bands={bands} />
          </Form.Item>
          <Form.Item
            name={field('points')}
            label={t('sheet.points')}
            dependencies={[field('level')]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, points: number | null | undefined) => {
                  if (points == null) return;
                  if (!isValidPoints(points, criterion.maxPoints)) {
                    throw new Error(t('sheet.notHalfPoint', { max: criterion.maxPoints }));
                  }
                  const level = getFieldValue(field('level')) as keyof typeof bands | null;
                  if (level && !isInBand(points, bands[level])) {
                    throw new Error(t('sheet.outOfBand', { level, ...bands[level] }));
                  }
                },
              }),
            ]}
          >
            <InputNumber min={0} max={criterion.maxPoints} step={0.5} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name={field('comment')} label={t('sheet.comment')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              showCount
              maxLength={commentMaxLength}
              placeholder={t('sheet.commentPlaceholder')}
            />
          </Form.Item>
        </Flex>
      </Card>
    </section>
  );
}
