import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredRule } from './form-rules';
import { OrderedFormList } from './OrderedFormList';

const columns = ['userOrganization', 'technologyApplied', 'period', 'contact', 'benefit'] as const;

/** 推广应用情况: who uses the technology, for what, since when, whom to ask, and what it brought. */
export function ApplicationsSection() {
  const { t } = useTranslation('nominationForm');
  return (
    <OrderedFormList
      name="applications"
      rowTitle={(position) => t('application.title', { position })}
      addLabel={t('application.add')}
      newRow={() => ({ userOrganization: '', technologyApplied: '', period: '', contact: '', benefit: '' })}
    >
      {(field) => (
        <Row gutter={16}>
          {columns.map((column) => (
            <Col key={column} xs={24} md={column === 'benefit' || column === 'technologyApplied' ? 24 : 8}>
              <Form.Item
                name={[field.name, column]}
                label={t(`application.${column}`)}
                extra={column === 'period' ? t('application.periodHint') : undefined}
                // The API takes a row whole: each cell is needed before the table is sent.
                rules={[requiredRule(t, t(`application.${column}`))]}
              >
                {column === 'benefit' || column === 'technologyApplied' ? (
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                ) : (
                  <Input />
                )}
              </Form.Item>
            </Col>
          ))}
        </Row>
      )}
    </OrderedFormList>
  );
}
