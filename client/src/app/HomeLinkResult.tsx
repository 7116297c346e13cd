import { Button, Result, type ResultProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A page that cannot be shown (missing, not for this role): why, and the way back to the user's home. */
export function HomeLinkResult({
  status,
  subTitle,
}: {
  status: '403' | '404';
  subTitle: ResultProps['subTitle'];
}) {
  const { t } = useTranslation();
  return (
    <Result
      status={status}
      title={status}
      subTitle={subTitle}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
