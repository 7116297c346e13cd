import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, type FormListFieldData, type FormListOperation, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftFieldName, DraftFields } from './draft-fields';

interface OrderedFormListProps<Name extends DraftFieldName> {
  name: Name;
  /** The heading of a row, from its 1-based place (第 2 完成人). */
  rowTitle: (position: number) => string;
  addLabel: string;
  /** A new row's values. */
  newRow: () => NonNullable<DraftFields[Name]> extends (infer Row)[] ? Row : never;
  children: (field: FormListFieldData) => ReactNode;
  /**
   * Below the list, with its rows and operations: a change made through them is the user's, which the
   * form's autosave hears (a value set with form.setFieldValue is not).
   */
  footer?: (fields: FormListFieldData[], operations: FormListOperation) => ReactNode;
}

/**
 * A list of the form whose order matters (主要完成人, 主要完成单位, the innovations, the tables): a card per
 * row, with moves up and down, since the order is the order of credit on the printed form.
 */
export function OrderedFormList<Name extends DraftFieldName>({
  name,
  rowTitle,
  addLabel,
  newRow,
  children,
  footer,
}: OrderedFormListProps<Name>) {
  const { t } = useTranslation('nominationForm');
  return (
    <Form.List name={name}>
      {(fields, operations, { errors }) => (
        <Flex vertical gap="middle">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={rowTitle(index + 1)}
              extra={
                <Flex gap="small">
                  <Tooltip title={t('moveUp')}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={`${t('moveUp')} ${rowTitle(index + 1)}`}
                      disabled={index === 0}
                      onClick={() => operations.move(index, index - 1)}
                    />
                  </Tooltip>
                  <Tooltip title={t('moveDown')}>
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={`${t('moveDown')} ${rowTitle(index + 1)}`}
                      disabled={index === fields.length - 1}
                      onClick={() => operations.move(index, index + 1)}
                    />
                  </Tooltip>
                  <Tooltip title={t('remove')}>
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t('remove')} ${rowTitle(index + 1)}`}
                      onClick={() => operations.remove(index)}
                    />
                  </Tooltip>
                </Flex>
              }
            >
              {children(field)}
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => operations.add(newRow())}>
            {addLabel}
          </Button>
          {footer?.(fields, operations)}
        </Flex>
      )}
    </Form.List>
  );
}
