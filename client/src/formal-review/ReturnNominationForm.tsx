import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { FormSection } from '@award/schema/generated/graphql';
import { Alert, App, Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDecision } from './use-decision';

const returnNominationMutation = graphql(`
  mutation ReturnNomination($id: ID!, $reasons: [SectionReasonInput!]!) {
    returnNomination(id: $id, reasons: $reasons) {
      id
      status
      version
      transitions {
        ...TransitionTimelineItem
      }
    }
  }
`);

// The sections in the order of the printed form (award-rules.md, What a nomination holds), the files last.
const sectionsInFormOrder: readonly FormSection[] = [
  FormSection.Basics,
  FormSection.Completers,
  FormSection.Organizations,
  FormSection.Innovation,
  FormSection.Application,
  FormSection.Benefits,
  FormSection.Ip,
  FormSection.Opinion,
  FormSection.Files,
];

// The API's limit on a reason (formal-review.service.ts).
const reasonMaxLength = 1000;

interface ReturnValues {
  reasons: { section?: FormSection; reason?: string }[];
}

interface ReturnNominationFormProps {
  nomination: { id: string; code: string };
  onConflict: () => void;
}

/**
 * A return names each section at fault and what to correct in it (award-rules.md, formal review): the
 * nominator reads them beside the form, corrects it and resubmits while the window is open.
 */
export function ReturnNominationForm({ nomination, onConflict }: ReturnNominationFormProps) {
  const { t } = useTranslation(['formalReview', 'nominationForm']);
  const { modal } = App.useApp();
  const [form] = Form.useForm<ReturnValues>();
  const [returnNomination, { loading }] = useMutation(returnNominationMutation);
  const { decide, error } = useDecision({ form, onConflict });

  const returnIt = ({ reasons }: ReturnValues) =>
    decide(
      () =>
        returnNomination({
          variables: {
            id: nomination.id,
            reasons: reasons.map(({ section, reason }) => ({
              section: section as FormSection,
              reason: reason?.trim() ?? '',
            })),
          },
        }),
      t('return.done', { code: nomination.code }),
    );

  const confirmThenReturn = (values: ReturnValues) =>
    modal.confirm({
      title: t('return.confirmTitle'),
      okText: t('return.submit'),
      cancelText: t('accept.cancel'),
      onOk: () => returnIt(values),
    });

  // A section is named once: the API refuses it twice, and one reason per section reads better.
  const isChosenElsewhere = (section: FormSection, index: number) =>
    (form.getFieldValue('reasons') as ReturnValues['reasons']).some(
      (entry, other) => other !== index && entry?.section === section,
    );

  return (
    <Form<ReturnValues>
      form={form}
      layout="vertical"
      aria-label={t('return.title')}
      initialValues={{ reasons: [{}] }}
      onFinish={confirmThenReturn}
    >
      {error && <Alert type="error" showIcon title={t('failed', { message: error.message })} />}
      <Form.List
        name="reasons"
        rules={[
          {
            validator: async (_, reasons: unknown[]) => {
              if (!reasons || reasons.length === 0) throw new Error(t('return.atLeastOne'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap="small">
            {fields.map(({ key, name }) => (
              <Flex key={key} gap="small" align="flex-start">
                <Flex vertical style={{ flex: 1 }}>
                  <Form.Item
                    name={[name, 'section']}
                    label={t('return.section')}
                    dependencies={fields.map((field) => ['reasons', field.name, 'section'])}
                    rules={[
                      { required: true, message: t('return.sectionRequired') },
                      {
                        validator: async (_, section?: FormSection) => {
                          if (section && isChosenElsewhere(section, name))
                            throw new Error(t('return.sectionTwice'));
                        },
                      },
                    ]}
                  >
                    <Select<FormSection>
                      options={sectionsInFormOrder.map((section) => ({
                        value: section,
                        label: t(`nominationForm:step.${section}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[name, 'reason']}
                    label={t('return.reason')}
                    rules={[{ required: true, whitespace: true, message: t('return.reasonRequired') }]}
                  >
                    <Input.TextArea
                      rows={3}
                      maxLength={reasonMaxLength}
                      placeholder={t('return.reasonPlaceholder')}
                    />
                  </Form.Item>
                </Flex>
                <Button
                  aria-label={t('return.remove')}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('return.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button danger htmlType="submit" loading={loading} style={{ marginTop: 16 }}>
        {t('return.submit')}
      </Button>
    </Form>
  );
}
