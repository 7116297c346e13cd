import { Form, type FormInstance, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExpertiseFieldSelect } from '../cycles/ExpertiseFieldSelect';
import { ConflictList } from './ConflictList';
import { EmploymentList } from './EmploymentList';
import type { ExpertFormValues } from './expert-form-values';
import { OrganizationSelect } from './OrganizationSelect';

interface ExpertFormProps {
  cycleId: string;
  form: FormInstance<ExpertFormValues>;
  initialValues: Partial<ExpertFormValues>;
  onFinish: (values: ExpertFormValues) => void;
}

/** An expert's profile: who, where, which fields, how much, and the conflicts it declared. */
export function ExpertForm({ cycleId, form, initialValues, onFinish }: ExpertFormProps) {
  const { t } = useTranslation('expertPool');
  const required = (label: string) => [
    { required: true, whitespace: true, message: t('form.required', { label }) },
  ];
  return (
    <Form<ExpertFormValues>
      form={form}
      layout="vertical"
      name="expert"
      initialValues={initialValues}
      onFinish={onFinish}
    >
      <Form.Item name="name" label={t('form.name')} rules={required(t('form.name'))}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="title" label={t('form.title')} rules={required(t('form.title'))}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="employerId" label={t('form.employer')}>
        <OrganizationSelect />
      </Form.Item>
      <Form.Item
        name="primaryFieldId"
        label={t('form.primaryField')}
        rules={[{ required: true, message: t('form.required', { label: t('form.primaryField') }) }]}
      >
        <ExpertiseFieldSelect cycleId={cycleId} />
      </Form.Item>
      <Form.Item name="secondaryFieldIds" label={t('form.secondaryFields')}>
        <ExpertiseFieldSelect cycleId={cycleId} mode="multiple" />
      </Form.Item>
      <Form.Item name="maxLoad" label={t('form.maxLoad')} rules={[{ required: true }]}>
        <InputNumber<number> min={1} max={200} precision={0} />
      </Form.Item>
      <Form.Item name="isAvailable" label={t('form.isAvailable')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <EmploymentList />
      <ConflictList cycleId={cycleId} />
    </Form>
  );
}
