import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { NominationStatus, Role } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localizedName, useLanguage } from '../app/language';
import { PageHeading } from '../app/PageHeading';
import { useViewer } from '../auth/viewer';
import { NominationRecord } from '../formal-review/NominationRecord';
import { decisionPath } from '../formal-review/paths';
import { NominationStatusTag } from './NominationStatusTag';
import { nominationsPath } from './paths';

const staffNominationQuery = graphql(`
  query StaffNomination($id: ID!) {
    nomination(id: $id) {
      id
      code
      projectName
      category
      status
      field {
        id
        nameZh
        nameEn
      }
      nominator {
        id
        name
      }
      ...NominationRecord
    }
  }
`);

/** /nominations/:nominationId: one nomination as staff read it: the form as last sent, its files, its history. */
export function NominationPage() {
  const { t } = useTranslation('nominations');
  const language = useLanguage();
  const { roles } = useViewer();
  const { nominationId = '' } = useParams();
  const { data, error, loading } = useQuery(staffNominationQuery, { variables: { id: nominationId } });
  const nomination = data?.nomination;
  const isAwaitingFormalReview =
    nomination?.status === NominationStatus.Submitted && roles.includes(Role.Secretariat);
  return (
    <Flex vertical gap="middle">
      <Link to={nominationsPath}>
        <Button icon={<ArrowLeftOutlined />}>{t('detail.back')}</Button>
      </Link>
      <PageHeading
        title={nomination ? `${nomination.code} ${nomination.projectName}` : t('title')}
        intro={
          nomination &&
          [
            t(`category.${nomination.category}`),
            localizedName(nomination.field, language),
            nomination.nominator.name,
          ].join(' · ')
        }
        extra={nomination && <NominationStatusTag status={nomination.status} />}
      />
      {error && <Alert type="error" showIcon title={t('detail.loadFailed')} description={error.message} />}
      {loading && !nomination && <Spin />}
      {nomination && (
        <NominationRecord nomination={nomination}>
          {isAwaitingFormalReview && (
            <Link to={decisionPath(nomination.id)}>
              <Button type="primary">{t('detail.toFormalReview')}</Button>
            </Link>
          )}
        </NominationRecord>
      )}
    </Flex>
  );
}
