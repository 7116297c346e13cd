import { Col, Empty, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../app/PageHeading';
import { useViewer } from '../auth/viewer';
import { NominationList } from '../nominations/NominationList';
import { NominationHistory } from './NominationHistory';

const allOwnNominations = {};

/** A nominator's home: its organization's nominations (the server shows no others) and their history. */
export function NominatorPortal() {
  const { t } = useTranslation('nominatorPortal');
  const { organization } = useViewer();
  // The chosen nomination is in the address, so that it survives a reload and a sign-in in between.
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('nomination') ?? undefined;
  return (
    <Flex vertical gap="middle">
      <PageHeading title={t('title')} intro={organization?.name} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={15}>
          <NominationList
            filters={allOwnNominations}
            selectedId={selectedId}
            onSelect={(id) => setParams({ nomination: id })}
          />
        </Col>
        <Col xs={24} xl={9}>
          {selectedId ? (
            <NominationHistory nominationId={selectedId} />
          ) : (
            <Empty description={t('chooseNomination')} />
          )}
        </Col>
      </Row>
    </Flex>
  );
}
