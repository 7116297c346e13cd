import { BellOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertCompletionTable } from './ExpertCompletionTable';
import { ExtendDeadlineDialog } from './ExtendDeadlineDialog';
import type { ExpertProgressRow } from './use-review-progress';
import { useReviewerReminders } from './use-reviewer-reminders';

interface ExpertsPanelProps {
  cycleId: string;
  experts: readonly ExpertProgressRow[];
  /** Whether the viewer may move deadlines (the chair's call; the secretariat reminds only). */
  mayExtend: boolean;
}

/**
 * The experts' completion, with what the chair does about the overdue ones: remind them (each expert gets
 * a notification and a mail) or give them more time.
 */
export function ExpertsPanel({ cycleId, experts, mayExtend }: ExpertsPanelProps) {
  const { t } = useTranslation('chairConsole');
  const { message } = App.useApp();
  const overdueCount = experts.reduce((sum, expert) => sum + expert.overdue, 0);
  const { overdueOf, remind, isSending } = useReviewerReminders(cycleId, overdueCount);
  // Which button is waiting: one expert's, or the one for everybody ('all').
  const [sending, setSending] = useState<string>();
  // Whose deadline the dialog moves: one expert's, or every overdue review's ('all').
  const [extending, setExtending] = useState<ExpertProgressRow | 'all'>();
  const remindOf = async (key: string, expertId?: string) => {
    setSending(key);
    try {
      const count = await remind(overdueOf(expertId));
      void message.success(t('experts.reminded', { count }));
    } catch (error) {
      void message.error(`${t('experts.remindFailed')}: ${(error as Error).message}`);
    } finally {
      setSending(undefined);
    }
  };
  return (
    <Flex vertical gap="middle">
      <Flex justify="flex-end" gap="small">
        <Button
          icon={<BellOutlined />}
          disabled={overdueCount === 0 || isSending}
          loading={sending === 'all'}
          onClick={() => void remindOf('all')}
        >
          {t('experts.remindAll', { count: overdueCount })}
        </Button>
        {mayExtend && (
          <Button
            icon={<FieldTimeOutlined />}
            disabled={overdueCount === 0}
            onClick={() => setExtending('all')}
          >
            {t('experts.extendAll', { count: overdueCount })}
          </Button>
        )}
      </Flex>
      <ExpertCompletionTable
        experts={experts}
        overdueAction={(expert) => (
          <Flex gap="small">
            <Button
              size="small"
              icon={<BellOutlined />}
              disabled={isSending}
              loading={sending === expert.expertId}
              aria-label={t('experts.remindOne', { name: expert.name })}
              onClick={() => void remindOf(expert.expertId, expert.expertId)}
            >
              {t('experts.remind')}
            </Button>
            {mayExtend && (
              <Button
                size="small"
                icon={<FieldTimeOutlined />}
                aria-label={t('experts.extendOne', { name: expert.name })}
                onClick={() => setExtending(expert)}
              >
                {t('experts.extend')}
              </Button>
            )}
          </Flex>
        )}
      />
      {extending && (
        <ExtendDeadlineDialog
          assignmentIds={overdueOf(extending === 'all' ? undefined : extending.expertId)}
          expert={extending === 'all' ? undefined : extending.name}
          onClose={() => setExtending(undefined)}
        />
      )}
    </Flex>
  );
}
