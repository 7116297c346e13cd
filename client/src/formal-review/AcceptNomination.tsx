import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { Alert, Button, Form, Input, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDecision } from './use-decision';

const acceptNominationMutation = graphql(`
  mutation AcceptNomination($id: ID!, $note: String) {
    acceptNomination(id: $id, note: $note) {
      id
      status
      version
      transitions {
        ...TransitionTimelineItem
      }
    }
  }
`);

// The API's limit on a note (formal-review.service.ts).
const noteMaxLength = 1000;

interface AcceptNominationProps {
  nomination: { id: string; code: string };
  onConflict: () => void;
}

/** Formal review passed: the nomination goes on to expert review, after a confirmation (it cannot be undone). */
export function AcceptNomination({ nomination, onConflict }: AcceptNominationProps) {
  const { t } = useTranslation('formalReview');
  const [form] = Form.useForm<{ note?: string }>();
  const [accept, { loading }] = useMutation(acceptNominationMutation);
  const { decide, error } = useDecision({ form, onConflict });

  const acceptIt = () =>
    decide(
      () => accept({ variables: { id: nomination.id, note: form.getFieldValue('note')?.trim() || null } }),
      t('accept.done', { code: nomination.code }),
    );

  return (
    <Form form={form} layout="vertical" aria-label={t('accept.button')}>
      {error && <Alert type="error" showIcon title={t('failed', { message: error.message })} />}
      <Form.Item name="note" label={t('accept.note')}>
        <Input.TextArea rows={2} maxLength={noteMaxLength} showCount />
      </Form.Item>
      <Popconfirm
        title={t('accept.confirmTitle')}
        description={t('accept.confirmBody')}
        okText={t('accept.confirm')}
        cancelText={t('accept.cancel')}
        onConfirm={acceptIt}
      >
        <Button type="primary" loading={loading}>
          {t('accept.button')}
        </Button>
      </Popconfirm>
    </Form>
  );
}
