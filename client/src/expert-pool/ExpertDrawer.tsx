import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, App, Button, Drawer, Form, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertForm } from './ExpertForm';
import { type ExpertFormValues, expertInputOf, formValuesOf, newExpertValues } from './expert-form-values';

export const expertDetailsFragment = graphql(`
  fragment ExpertDetails on Expert {
    ...ExpertRow
    employments {
      id
      startedOn
      endedOn
      organization {
        id
      }
    }
    conflicts {
      id
      source
      reason
      organization {
        id
      }
      nomination {
        id
      }
    }
  }
`);

const expertQuery = graphql(`
  query ExpertProfile($id: ID!) {
    expert(id: $id) {
      ...ExpertDetails
    }
  }
`);

const createExpertMutation = graphql(`
  mutation CreateExpert($input: NewExpertInput!) {
    createExpert(input: $input) {
      ...ExpertDetails
    }
  }
`);

const updateExpertMutation = graphql(`
  mutation UpdateExpert($id: ID!, $input: ExpertChangesInput!) {
    updateExpert(id: $id, input: $input) {
      ...ExpertDetails
    }
  }
`);

interface ExpertDrawerProps {
  cycleId: string;
  /** Absent: a new expert of the cycle. */
  expertId?: string;
  onClose: () => void;
}

/** Creates an expert of the pool or edits one; the server checks every rule of the profile again. */
export function ExpertDrawer({ cycleId, expertId, onClose }: ExpertDrawerProps) {
  const { t } = useTranslation('expertPool');
  const { message } = App.useApp();
  const [form] = Form.useForm<ExpertFormValues>();
  const [failure, setFailure] = useState<string>();
  const { data, loading } = useQuery(expertQuery, { variables: { id: expertId ?? '' }, skip: !expertId });
  const [createExpert, creating] = useMutation(createExpertMutation, { refetchQueries: ['ExpertPool'] });
  const [updateExpert, updating] = useMutation(updateExpertMutation);
  const expert = data?.expert;

  const save = async (values: ExpertFormValues) => {
    setFailure(undefined);
    const input = expertInputOf(values);
    try {
      if (expertId) await updateExpert({ variables: { id: expertId, input } });
      else await createExpert({ variables: { input: { ...input, cycleId } } });
    } catch (error) {
      setFailure((error as Error).message);
      return;
    }
    void message.success(t('drawer.saved', { name: input.name }));
    onClose();
  };

  return (
    <Drawer
      open
      size={720}
      title={expert ? t('drawer.editTitle', { name: expert.name }) : t('drawer.createTitle')}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t('drawer.cancel')}</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()}>
            {t('drawer.save')}
          </Button>
        </Space>
      }
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          title={t('drawer.failed', { message: failure })}
          style={{ marginBottom: 16 }}
        />
      )}
      {loading && <Spin />}
      {(!expertId || expert) && (
        <ExpertForm
          cycleId={cycleId}
          form={form}
          initialValues={expert ? formValuesOf(expert) : newExpertValues}
          onFinish={save}
        />
      )}
    </Drawer>
  );
}
