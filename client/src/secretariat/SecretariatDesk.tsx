import { AuditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CycleTimeline } from '../cycle-timeline/CycleTimeline';
import { CyclePage } from '../cycles/CyclePage';
import { NominationStatusCounts } from './NominationStatusCounts';

/** The secretariat's home: where the cycle's nominations stand, and the way to the lists and the trail. */
export function SecretariatDesk() {
  const { t } = useTranslation('secretariat');
  return (
    <CyclePage title={t('title')}>
      {(cycle) => (
        <>
          <Space wrap>
            <Link to="/nominations">
              <Button icon={<FileTextOutlined />}>{t('toNominations')}</Button>
            </Link>
            <Link to="/audit">
              <Button icon={<AuditOutlined />}>{t('toAudit')}</Button>
            </Link>
          </Space>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('countsTitle')}
          </Typography.Title>
          <NominationStatusCounts cycleId={cycle.id} />
          <CycleTimeline cycleId={cycle.id} />
        </>
      )}
    </CyclePage>
  );
}
