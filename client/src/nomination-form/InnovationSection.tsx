import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { counted, lengthRule, requiredRule, textLimits } from './form-rules';
import { OrderedFormList } from './OrderedFormList';

/** 项目简介, 主要技术创新点 (each point on its own, ≤ 500 characters) and 客观评价. */
export function InnovationSection() {
  const { t } = useTranslation('nominationForm');
  const innovation = t('field.innovations');
  return (
    <>
      <Form.Item
        name="summary"
        label={t('field.summary')}
        rules={[lengthRule(t, t('field.summary'), textLimits.summary)]}
      >
        <Input.TextArea autoSize={{ minRows: 6 }} count={counted(textLimits.summary)} />
      </Form.Item>
      <Form.Item label={innovation} required>
        <OrderedFormList
          name="innovations"
          rowTitle={(position) => t('innovation.title', { position })}
          addLabel={t('innovation.add')}
          newRow={() => ''}
        >
          {(field) => (
            <Form.Item
              name={field.name}
              rules={[requiredRule(t, innovation), lengthRule(t, innovation, textLimits.innovation)]}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea
                aria-label={t('innovation.title', { position: field.name + 1 })}
                autoSize={{ minRows: 3 }}
                count={counted(textLimits.innovation)}
              />
            </Form.Item>
          )}
        </OrderedFormList>
      </Form.Item>
      <Form.Item
        name="objectiveEvaluation"
        label={t('field.objectiveEvaluation')}
        rules={[lengthRule(t, t('field.objectiveEvaluation'), textLimits.objectiveEvaluation)]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} count={counted(textLimits.objectiveEvaluation)} />
      </Form.Item>
    </>
  );
}
