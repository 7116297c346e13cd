import { useMutation } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { AwardCategory } from '@award/schema/generated/graphql';
import { Alert, Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { proposalPath } from './paths';

const runSolverMutation = graphql(`
  mutation RunAssignmentSolver($cycleId: ID!, $category: AwardCategory!, $seed: Int) {
    runAssignmentSolver(cycleId: $cycleId, category: $category, seed: $seed) {
      ...ProposalDetails
    }
  }
`);

interface RunValues {
  category: AwardCategory;
  seed?: number | null;
}

/** Runs the solver for one category; the proposal it makes opens at once, for review before commit. */
export function RunSolverForm({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation(['assignmentBoard', 'nominations']);
  const navigate = useNavigate();
  const [runSolver, { loading, error }] = useMutation(runSolverMutation, {
    refetchQueries: ['AssignmentProposals'],
  });
  const run = async ({ category, seed }: RunValues) => {
    const { data } = await runSolver({ variables: { cycleId, category, seed: seed ?? null } }).catch(() => ({
      data: undefined,
    }));
    if (data) navigate(proposalPath(data.runAssignmentSolver.id));
  };
  return (
    <>
      <Form<RunValues>
        layout="inline"
        aria-label={t('run.title')}
        initialValues={{ category: AwardCategory.Invention }}
        onFinish={run}
      >
        <Form.Item name="category" label={t('run.category')} rules={[{ required: true }]}>
          <Select<AwardCategory>
            style={{ minWidth: 220 }}
            options={Object.values(AwardCategory).map((category) => ({
              value: category,
              label: t(`nominations:category.${category}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="seed" label={t('run.seed')} tooltip={t('run.seedHint')}>
          <InputNumber<number> precision={0} min={0} max={2_147_483_647} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('run.submit')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon title={t('run.failed', { message: error.message })} />}
    </>
  );
}
