import { AuditOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountedSheetsTable } from './CountedSheetsTable';
import { CriterionMeansTable } from './CriterionMeansTable';
import { ChartSuspense, CriterionMeansChart, SheetTotalsBoxplot } from './charts/lazy-charts';
import { ResultFigures } from './ResultFigures';
import { type DrillDownResult, useNominationDrillDown } from './use-nomination-drill-down';
import type { RankingRow } from './use-review-progress';

/** The sheets behind the figures, fetched only once the viewer asks, as that look is audited. */
function SheetsSection({
  result,
  onOpen,
  onReopened,
}: {
  result: DrillDownResult;
  onOpen: () => void;
  onReopened: () => void;
}) {
  const { t } = useTranslation('chairConsole');
  const sheets = result.countedSheets;
  return (
    <section aria-label={t('drillDown.sheetsTitle')}>
      <Typography.Title level={5}>{t('drillDown.sheetsTitle')}</Typography.Title>
      <Alert
        type="info"
        showIcon
        icon={<AuditOutlined />}
        title={t('drillDown.auditNotice')}
        style={{ marginBottom: 12 }}
      />
      {sheets ? (
        <Flex vertical gap="middle">
          <ChartSuspense>
            <SheetTotalsBoxplot sheets={sheets} />
          </ChartSuspense>
          <CountedSheetsTable sheets={sheets} onReopened={onReopened} />
        </Flex>
      ) : (
        <Button icon={<AuditOutlined />} onClick={onOpen}>
          {t('drillDown.openSheets')}
        </Button>
      )}
    </section>
  );
}

function DrillDownBody({ row }: { row: RankingRow }) {
  const { t } = useTranslation('chairConsole');
  const [withSheets, setWithSheets] = useState(false);
  // What the live ranking shows of the nomination: a change there is a sheet submitted or reopened.
  const figures = `${row.sheetCount}/${row.officialScore}/${row.spread}/${row.rank}`;
  const { result, loading, error, refetch } = useNominationDrillDown(row.nominationId, withSheets, figures);
  if (error)
    return <Alert type="error" showIcon title={t('drillDown.loadFailed')} description={error.message} />;
  if (!result) return loading ? <Spin /> : <Empty description={t('drillDown.noResult')} />;
  return (
    <Flex vertical gap="large">
      <section aria-label={t('drillDown.figures')}>
        <Typography.Title level={5}>{t('drillDown.figures')}</Typography.Title>
        <ResultFigures result={result} />
      </section>
      <section aria-label={t('drillDown.criterionTitle')}>
        <Typography.Title level={5}>{t('drillDown.criterionTitle')}</Typography.Title>
        <CriterionMeansTable means={result.criterionMeans} />
        <ChartSuspense>
          <CriterionMeansChart means={result.criterionMeans} />
        </ChartSuspense>
      </section>
      <SheetsSection result={result} onOpen={() => setWithSheets(true)} onReopened={() => void refetch()} />
    </Flex>
  );
}

interface NominationDrillDownProps {
  row: RankingRow | undefined;
  onClose: () => void;
}

/** A nomination's figures explained, and its sheets on request. */
export function NominationDrillDown({ row, onClose }: NominationDrillDownProps) {
  const { t } = useTranslation('chairConsole');
  return (
    <Drawer
      open={row !== undefined}
      onClose={onClose}
      size="large"
      width={960}
      title={row && `${t('drillDown.title', { code: row.code })} · ${row.projectName}`}
      destroyOnHidden
    >
      {/* A drawer for another nomination starts afresh: its sheets are not open until asked for. */}
      {row && <DrillDownBody key={row.nominationId} row={row} />}
    </Drawer>
  );
}
