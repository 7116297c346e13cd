import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ConflictSource } from '@award/schema/generated/graphql';
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExpertFormValues } from './expert-form-values';
import { NominationSelect } from './NominationSelect';
import { OrganizationSelect } from './OrganizationSelect';

type Conflict = ExpertFormValues['conflicts'][number];

/**
 * The conflicts an expert declared (an organization or a nomination, with a reason), and the appraisals
 * or acceptances it signed (a nomination): the solver and every change by hand keep it off those.
 */
export function ConflictList({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('expertPool');
  const form = Form.useFormInstance<ExpertFormValues>();
  const conflictAt = (index: number): Conflict | undefined => form.getFieldValue(['conflicts', index]);
  const targetRule = (index: number) => ({
    validator: async () => {
      const conflict = conflictAt(index);
      if (conflict?.source === ConflictSource.SignedAppraisalOrAcceptance && !conflict.nominationId)
        throw new Error(t('form.nominationRequired'));
      if (!conflict?.organizationId && !conflict?.nominationId) throw new Error(t('form.targetRequired'));
    },
  });
  return (
    <Form.List name="conflicts">
      {(rows, { add, remove }) => (
        <Flex vertical gap="small">
          <Typography.Text strong>{t('form.conflicts')}</Typography.Text>
          {rows.map(({ key, name }) => (
            <Card
              key={key}
              size="small"
              extra={
                <Button
                  aria-label={t('form.remove')}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(name)}
                />
              }
            >
              <Form.Item name={[name, 'source']} label={t('form.source')} rules={[{ required: true }]}>
                <Select<ConflictSource>
                  options={Object.values(ConflictSource).map((source) => ({
                    value: source,
                    label: t(`source.${source}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name={[name, 'organizationId']}
                label={t('form.conflictOrganization')}
                dependencies={[
                  ['conflicts', name, 'nominationId'],
                  ['conflicts', name, 'source'],
                ]}
                rules={[targetRule(name)]}
              >
                <OrganizationSelect />
              </Form.Item>
              <Form.Item name={[name, 'nominationId']} label={t('form.conflictNomination')}>
                <NominationSelect cycleId={cycleId} />
              </Form.Item>
              <Form.Item
                name={[name, 'reason']}
                label={t('form.reason')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('form.required', { label: t('form.reason') }),
                  },
                ]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ source: ConflictSource.Declared })}
          >
            {t('form.addConflict')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
