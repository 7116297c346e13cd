import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { counted, lengthRule, textLimits } from './form-rules';

/** 提名意见, with the nominator's declarations that the form is true and that it charged no fee. */
export function OpinionSection() {
  const { t } = useTranslation('nominationForm');
  return (
    <>
      <Form.Item
        name="nominatorOpinion"
        label={t('field.nominatorOpinion')}
        rules={[lengthRule(t, t('field.nominatorOpinion'), textLimits.nominatorOpinion)]}
      >
        <Input.TextArea autoSize={{ minRows: 5 }} count={counted(textLimits.nominatorOpinion)} />
      </Form.Item>
      <Form.Item name="declaresTruthfulness" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('declaresTruthfulness')}</Checkbox>
      </Form.Item>
      <Form.Item name="declaresNoFee" valuePropName="checked">
        <Checkbox>{t('declaresNoFee')}</Checkbox>
      </Form.Item>
    </>
  );
}
