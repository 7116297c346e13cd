import { Form, Input, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { counted, lengthRule, textLimits } from './form-rules';

const figures = ['newSales', 'newProfit', 'newTax', 'foreignExchange', 'savings'] as const;

/**
 * 经济效益 for the three years before the cycle (Nomination.benefitYears, one row each, fixed), with the
 * basis of the figures, and 社会效益.
 */
export function BenefitsSection() {
  const { t } = useTranslation('nominationForm');
  return (
    <>
      <Form.Item label={t('field.economicBenefits')} extra={t('benefit.unit')}>
        <Form.List name="economicBenefits">
          {(rows) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              scroll={{ x: 800 }}
              columns={[
                {
                  key: 'year',
                  title: t('benefit.year'),
                  render: (_, row) => (
                    <Form.Item noStyle name={[row.name, 'year']}>
                      <YearCell />
                    </Form.Item>
                  ),
                },
                ...figures.map((figure) => ({
                  key: figure,
                  title: t(`benefit.${figure}`),
                  render: (_: unknown, row: { name: number }) => (
                    <Form.Item
                      name={[row.name, figure]}
                      style={{ marginBottom: 0 }}
                      // The API takes a year whole; new profit may be a loss, the rest cannot be negative.
                      rules={[{ required: true, message: t('required', { field: t(`benefit.${figure}`) }) }]}
                    >
                      <InputNumber
                        aria-label={`${t(`benefit.${figure}`)} ${row.name + 1}`}
                        min={figure === 'newProfit' ? undefined : 0}
                        precision={2}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  ),
                })),
              ]}
            />
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="economicBasis"
        label={t('field.economicBasis')}
        rules={[lengthRule(t, t('field.economicBasis'), textLimits.economicBasis)]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} count={counted(textLimits.economicBasis)} />
      </Form.Item>
      <Form.Item
        name="socialBenefit"
        label={t('field.socialBenefit')}
        rules={[lengthRule(t, t('field.socialBenefit'), textLimits.socialBenefit)]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} count={counted(textLimits.socialBenefit)} />
      </Form.Item>
    </>
  );
}

/** The year of a row, shown, not edited: the rows are the years the API asks for. */
function YearCell({ value }: { value?: number }) {
  return <Typography.Text strong>{value}</Typography.Text>;
}
