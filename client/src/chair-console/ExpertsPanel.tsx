import { BellOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertCompletionTable } from './ExpertCompletionTable';
import type { ExpertProgressRow } from './use-review-progress';
import { useReviewerReminders } from './use-reviewer-reminders';

interface ExpertsPanelProps {
  cycleId: string;
  experts: readonly ExpertProgressRow[];
}

/** The experts' completion, with reminders for the overdue ones (each expert gets a notification and a mail). */
export function ExpertsPanel({ cycleId, experts }: ExpertsPanelProps) {
  const { t } = useTranslation('chairConsole');
  const { message } = App.useApp();
  const overdueCount = experts.reduce((sum, expert) => sum + expert.overdue, 0);
  const { overdueOf, remind, isSending } = useReviewerReminders(cycleId, overdueCount);
  // Which button is waiting: one expert's, or the one for everybody ('all').
  const [sending, setSending] = useState<string>();
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
      <Flex justify="flex-end">
        <Button
          icon={<BellOutlined />}
          disabled={overdueCount === 0 || isSending}
          loading={sending === 'all'}
          onClick={() => void remindOf('all')}
        >
          {t('experts.remindAll', { count: overdueCount })}
        </Button>
      </Flex>
      <ExpertCompletionTable
        experts={experts}
        remindAction={(expert) => (
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
        )}
      />
    </Flex>
  );
}
