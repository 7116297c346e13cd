import { type AwardCategory, Grade } from '@award/schema/generated/graphql';
import { Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExpertiseFieldSelect } from '../cycles/ExpertiseFieldSelect';
import { counted, lengthRule, requiredRule, textLimits } from './form-rules';

// "Accept the committee's grade" is a null grade in the API; the radio group needs a value of its own.
const committeeGrade = 'COMMITTEE';
const proposableGrades = [Grade.First, Grade.Second, Grade.Third] as const;

// A date input gives '' when cleared; the API takes an absent date as null (a '' is not YYYY-MM-DD).
const dateOrNull = (value: string) => (value === '' ? null : value);

/** 基本情况: the project's name, field, industry, source, dates, IP counts and the grade proposed. */
export function BasicsSection({ cycleId, category }: { cycleId: string; category: AwardCategory }) {
  const { t } = useTranslation('nominationForm');
  const { t: tNominations } = useTranslation('nominations');
  const projectName = t('field.projectName');
  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Form.Item
          name="projectName"
          label={projectName}
          rules={[requiredRule(t, projectName), lengthRule(t, projectName, textLimits.projectName)]}
        >
          <Input count={counted(textLimits.projectName)} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        {/* Not a field of the form (the category is chosen when the nomination starts): labelled by hand. */}
        <Form.Item label={t('field.category')} htmlFor="nomination-category">
          <Input id="nomination-category" value={tNominations(`category.${category}`)} disabled />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="fieldId" label={t('field.fieldId')} rules={[{ required: true }]}>
          <ExpertiseFieldSelect cycleId={cycleId} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="industry" label={t('field.industry')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="taskSource" label={t('field.taskSource')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="startDate" label={t('field.startDate')} normalize={dateOrNull}>
          <Input type="date" />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          name="endDate"
          label={t('field.endDate')}
          normalize={dateOrNull}
          dependencies={['startDate']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, end: string | null) => {
                const start = getFieldValue('startDate') as string | null;
                if (start && end && end < start) throw new Error(t('datesOutOfOrder'));
              },
            }),
          ]}
        >
          <Input type="date" />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          name="inventionPatentCount"
          label={t('field.inventionPatentCount')}
          rules={[{ required: true, message: t('required', { field: t('field.inventionPatentCount') }) }]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          name="otherIpCount"
          label={t('field.otherIpCount')}
          rules={[{ required: true, message: t('required', { field: t('field.otherIpCount') }) }]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="proposedGrade"
          label={t('field.proposedGrade')}
          getValueProps={(grade: Grade | null) => ({ value: grade ?? committeeGrade })}
          normalize={(choice: string) => (choice === committeeGrade ? null : choice)}
        >
          <Radio.Group
            options={[
              ...proposableGrades.map((grade) => ({ value: grade, label: tNominations(`grade.${grade}`) })),
              { value: committeeGrade, label: t('committeeGrade') },
            ]}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
