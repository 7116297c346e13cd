import { AwardCategory } from '@award/schema/generated/graphql';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../app/graphql-errors';
import { ExpertiseFieldSelect } from '../cycles/ExpertiseFieldSelect';
import { characterCount, counted, textLimits } from '../nomination-form/form-rules';
import { useStartNomination } from './start-nomination';

interface NewNomination {
  category: AwardCategory;
  projectName: string;
  fieldId: string;
}

// The arguments of createNomination the server names in its errors.
const serverCheckedFields = ['projectName', 'fieldId', 'category'] as const;

interface StartNominationDialogProps {
  cycleId: string;
  isOpen: boolean;
  onClose: () => void;
}

/** What every nomination needs from its first save: category, project name and field; then the form opens. */
export function StartNominationDialog({ cycleId, isOpen, onClose }: StartNominationDialogProps) {
  const { t } = useTranslation('nominatorPortal');
  const { t: tNominations } = useTranslation('nominations');
  const [form] = Form.useForm<NewNomination>();
  const navigate = useNavigate();
  const { start, isStarting } = useStartNomination();
  const [failure, setFailure] = useState<string>();

  async function create(values: NewNomination) {
    setFailure(undefined);
    try {
      const nomination = await start({ ...values, projectName: values.projectName.trim(), cycleId });
      if (nomination) navigate(`/my-nominations/${nomination.id}`);
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error, serverCheckedFields);
      if (fieldErrors.length > 0) form.setFields(fieldErrors);
      else setFailure((error as Error).message);
    }
  }

  return (
    <Modal
      open={isOpen}
      title={t('start.title')}
      okText={t('start.create')}
      confirmLoading={isStarting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('start.intro')}</Typography.Paragraph>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={t('start.failed')}
          description={failure}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<NewNomination>
        form={form}
        layout="vertical"
        initialValues={{ category: AwardCategory.Invention }}
        onFinish={(values) => void create(values)}
      >
        <Form.Item name="category" label={t('start.category')}>
          <Radio.Group
            options={Object.values(AwardCategory).map((category) => ({
              value: category,
              label: tNominations(`category.${category}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="projectName"
          label={t('start.projectName')}
          rules={[
            { required: true, whitespace: true, message: t('start.projectNameRequired') },
            {
              validator: async (_, value: string | undefined) => {
                if (value && characterCount(value) > textLimits.projectName)
                  throw new Error(t('start.projectNameTooLong', { max: textLimits.projectName }));
              },
            },
          ]}
        >
          <Input count={counted(textLimits.projectName)} />
        </Form.Item>
        <Form.Item
          name="fieldId"
          label={t('start.field')}
          rules={[{ required: true, message: t('start.fieldRequired') }]}
        >
          <ExpertiseFieldSelect cycleId={cycleId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
