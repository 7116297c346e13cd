import { Grade } from '@award/schema/generated/graphql';
import { Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

/** The longest opinion the server keeps (score-rules.ts, opinionMax). */
const opinionMaxLength = 3000;
const grades = [Grade.First, Grade.Second, Grade.Third, Grade.None] as const;

/** The sheet's overall opinion and the grade the expert recommends. */
export function OverallFields() {
  const { t } = useTranslation(['scoring', 'nominations']);
  return (
    <section aria-label={t('sheet.overallOpinion')}>
      <Card size="small" title={t('sheet.overallOpinion')}>
        <Form.Item name="overallOpinion" label={t('sheet.overallOpinion')}>
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            showCount
            maxLength={opinionMaxLength}
            placeholder={t('sheet.overallOpinionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="recommendedGrade" label={t('sheet.recommendedGrade')}>
          <Radio.Group
            name="recommendedGrade"
            options={grades.map((grade) => ({ value: grade, label: t(`nominations:grade.${grade}`) }))}
          />
        </Form.Item>
      </Card>
    </section>
  );
}
