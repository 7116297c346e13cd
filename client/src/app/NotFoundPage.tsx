import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { startPath } from './features';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('notFound')}
      extra={
        <Link to={startPath}>
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
