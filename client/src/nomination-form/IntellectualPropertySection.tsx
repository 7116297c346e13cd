import { IntellectualPropertyKind } from '@award/schema/generated/graphql';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredRule } from './form-rules';
import { OrderedFormList } from './OrderedFormList';

const kinds = Object.values(IntellectualPropertyKind);

/** 知识产权: the patents, copyrights, standards and papers; as many as the counts in the basics declare. */
export function IntellectualPropertySection() {
  const { t } = useTranslation('nominationForm');
  return (
    <OrderedFormList
      name="intellectualProperty"
      rowTitle={(position) => t('ip.title', { position })}
      addLabel={t('ip.add')}
      newRow={() => ({
        kind: IntellectualPropertyKind.InventionPatent,
        title: '',
        number: '',
        holder: '',
        grantedOn: null,
      })}
    >
      {(field) => (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={[field.name, 'kind']} label={t('ip.kind')}>
              <Select options={kinds.map((kind) => ({ value: kind, label: t(`ipKind.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name={[field.name, 'title']}
              label={t('ip.ipTitle')}
              rules={[requiredRule(t, t('ip.ipTitle'))]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={[field.name, 'number']}
              label={t('ip.number')}
              rules={[requiredRule(t, t('ip.number'))]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={[field.name, 'holder']}
              label={t('ip.holder')}
              rules={[requiredRule(t, t('ip.holder'))]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={[field.name, 'grantedOn']}
              label={t('ip.grantedOn')}
              normalize={(value: string) => (value === '' ? null : value)}
            >
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </OrderedFormList>
  );
}
