import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { ObjectionStatus } from '@award/schema/generated/graphql';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResolveObjectionDialog } from './ResolveObjectionDialog';
import type { ObjectionRow } from './use-objections';

const classifyObjectionMutation = graphql(`
  mutation ClassifyObjection($id: ID!, $isSubstantive: Boolean!) {
    classifyObjection(id: $id, isSubstantive: $isSubstantive) {
      ...ObjectionRow
    }
  }
`);

const openStates: ObjectionStatus[] = [ObjectionStatus.Received, ObjectionStatus.Investigating];

/** Classify a received objection (substantive or not) and answer it; an answered one is final. */
export function ObjectionActions({ objection }: { objection: ObjectionRow }) {
  const { t } = useTranslation('closing');
  const { message } = App.useApp();
  const [isResolving, setResolving] = useState(false);
  const [classify, { loading }] = useMutation(classifyObjectionMutation);
  if (!openStates.includes(objection.status)) return null;
  const classifyAs = async (isSubstantive: boolean) => {
    try {
      await classify({ variables: { id: objection.id, isSubstantive } });
    } catch (error) {
      void message.error(`${t('refused')}: ${(error as Error).message}`);
    }
  };
  const code = objection.nomination.code;
  return (
    <Space wrap>
      {objection.status === ObjectionStatus.Received && (
        <>
          <Button
            size="small"
            loading={loading}
            aria-label={`${t('objections.substantive')} ${code}`}
            onClick={() => classifyAs(true)}
          >
            {t('objections.substantive')}
          </Button>
          <Button
            size="small"
            loading={loading}
            aria-label={`${t('objections.notSubstantive')} ${code}`}
            onClick={() => classifyAs(false)}
          >
            {t('objections.notSubstantive')}
          </Button>
        </>
      )}
      <Button
        size="small"
        type="primary"
        aria-label={`${t('objections.resolve')} ${code}`}
        onClick={() => setResolving(true)}
      >
        {t('objections.resolve')}
      </Button>
      {isResolving && <ResolveObjectionDialog objection={objection} onClose={() => setResolving(false)} />}
    </Space>
  );
}
