import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The severity adjustment in words (award-rules.md, Aggregation), where the figure is shown. */
export function SeverityHelp() {
  const { t } = useTranslation('chairConsole');
  const content = (
    <div style={{ maxWidth: 360 }}>
      <Typography.Paragraph>{t('severity.body')}</Typography.Paragraph>
      <Typography.Paragraph code>{t('severity.formula')}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('severity.legend')}</Typography.Text>
    </div>
  );
  return (
    <Popover trigger="click" title={t('severity.title')} content={content}>
      <Button
        type="text"
        size="small"
        icon={<QuestionCircleOutlined />}
        aria-label={t('severity.label')}
        onClick={(event) => event.stopPropagation()}
      />
    </Popover>
  );
}
