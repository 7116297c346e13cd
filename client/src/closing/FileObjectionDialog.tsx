import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { type ObjectionInput, ObjectionSubject } from '@award/schema/generated/graphql';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

const fileObjectionMutation = graphql(`
  mutation FileObjection($nominationId: ID!, $input: ObjectionInput!) {
    fileObjection(nominationId: $nominationId, input: $input) {
      ...ObjectionRow
    }
  }
`);

type Values = Omit<ObjectionInput, 'receivedAt'> & { nominationId: string };

interface FileObjectionDialogProps {
  /** The nominations in publicity the objection may be about. */
  nominations: readonly { id: string; code: string; projectName: string }[];
  onClose: () => void;
}

/**
 * The secretariat records a written objection as received (award-rules.md, Publicity). The server refuses
 * anonymous, grade-only and late ones; its message is shown as it gives it, and nothing is recorded.
 */
export function FileObjectionDialog({ nominations, onClose }: FileObjectionDialogProps) {
  const { t } = useTranslation('closing');
  const [form] = Form.useForm<Values>();
  const [fileObjection, { loading, error }] = useMutation(fileObjectionMutation, {
    refetchQueries: ['Objections'],
    awaitRefetchQueries: true,
  });
  const send = async ({ nominationId, ...input }: Values) => {
    await fileObjection({ variables: { nominationId, input } });
    onClose();
  };
  const text = (name: keyof Values, label: string, rows?: number) => (
    <Form.Item name={name} label={label}>
      {rows ? <Input.TextArea rows={rows} /> : <Input />}
    </Form.Item>
  );
  return (
    <Modal
      open
      title={t('objections.fileTitle')}
      okText={t('objections.file')}
      okButtonProps={{ loading }}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('objections.fileIntro')} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon role="alert" title={t('refused')} description={error.message} />}
      <Form
        form={form}
        layout="vertical"
        aria-label={t('objections.fileTitle')}
        initialValues={{ subjects: [], objectorName: '', objectorContact: '', content: '', evidence: '' }}
        onFinish={(values) => send(values).catch(() => {})}
      >
        <Form.Item
          name="nominationId"
          label={t('objections.nomination')}
          rules={[
            { required: true, message: t('objections.required', { field: t('objections.nomination') }) },
          ]}
        >
          <Select options={nominations.map((n) => ({ value: n.id, label: `${n.code} ${n.projectName}` }))} />
        </Form.Item>
        {/* Name and contact are not required here: an anonymous objection is the server's to refuse, and say why. */}
        {text('objectorName', t('objections.objectorName'))}
        {text('objectorOrganization', t('objections.objectorOrganization'))}
        {text('objectorContact', t('objections.objectorContact'))}
        <Form.Item name="subjects" label={t('objections.subjects')}>
          <Checkbox.Group
            options={Object.values(ObjectionSubject).map((value) => ({
              value,
              label: t(`objections.subject.${value}`),
            }))}
          />
        </Form.Item>
        {text('content', t('objections.content'), 4)}
        {text('evidence', t('objections.evidence'), 2)}
      </Form>
    </Modal>
  );
}
