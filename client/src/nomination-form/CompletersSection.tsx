import { IdDocumentType } from '@award/schema/generated/graphql';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredRule } from './form-rules';
import { OrderedFormList } from './OrderedFormList';

const idDocumentTypes = [IdDocumentType.ResidentId, IdDocumentType.Passport, IdDocumentType.Other];

/** 主要完成人, in the order of credit; the first one signs the pledge. */
export function CompletersSection() {
  const { t } = useTranslation('nominationForm');
  return (
    <OrderedFormList
      name="completers"
      rowTitle={(position) => t('completer.title', { position })}
      addLabel={t('completer.add')}
      newRow={() => ({
        name: '',
        idDocumentType: IdDocumentType.ResidentId,
        idDocumentNumber: '',
        employer: '',
        title: '',
        contribution: '',
      })}
    >
      {(field) => (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name={[field.name, 'name']}
              label={t('completer.name')}
              rules={[requiredRule(t, t('completer.name'))]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={[field.name, 'idDocumentType']}
              label={t('completer.idDocumentType')}
              rules={[requiredRule(t, t('completer.idDocumentType'))]}
            >
              <Select
                options={idDocumentTypes.map((type) => ({
                  value: type,
                  label: t(`idDocumentType.${type}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name={[field.name, 'idDocumentNumber']}
              label={t('completer.idDocumentNumber')}
              rules={[requiredRule(t, t('completer.idDocumentNumber'))]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={[field.name, 'employer']} label={t('completer.employer')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={[field.name, 'title']} label={t('completer.jobTitle')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={[field.name, 'contribution']} label={t('completer.contribution')}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </OrderedFormList>
  );
}
