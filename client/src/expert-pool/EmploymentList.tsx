import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from './OrganizationSelect';

/**
 * Past employers with their dates: one that the expert left within the cycle's recent-employment years
 * still conflicts with its nominations (award-rules.md, Conflicts of interest). Dates are YYYY-MM-DD.
 */
export function EmploymentList() {
  const { t } = useTranslation('expertPool');
  return (
    <Form.List name="employments">
      {(rows, { add, remove }) => (
        <Flex vertical gap="small" style={{ marginBottom: 24 }}>
          <Typography.Text strong>{t('form.employments')}</Typography.Text>
          {rows.map(({ key, name }) => (
            <Flex key={key} gap="small" align="flex-start" wrap>
              <Form.Item
                name={[name, 'organizationId']}
                label={t('form.organization')}
                rules={[{ required: true, message: t('form.required', { label: t('form.organization') }) }]}
                style={{ flex: 2, minWidth: 200 }}
              >
                <OrganizationSelect />
              </Form.Item>
              <Form.Item name={[name, 'startedOn']} label={t('form.startedOn')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item
                name={[name, 'endedOn']}
                label={t('form.endedOn')}
                rules={[{ required: true, message: t('form.required', { label: t('form.endedOn') }) }]}
              >
                <Input type="date" />
              </Form.Item>
              <Button
                aria-label={t('form.remove')}
                icon={<DeleteOutlined />}
                onClick={() => remove(name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('form.addEmployment')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
