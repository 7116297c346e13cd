import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { PrintedBlockView } from './PrintedBlockView';
import { asPrintedForm } from './printed-form';

interface Submission {
  number: number;
  submittedAt: string;
  content: unknown;
  contentSha256: string;
}

/**
 * The form as the nominator sent it (the snapshot of its last submission, which later edits cannot change):
 * what formal review judges, and what the hash in the stamped printout's footer names.
 */
export function FrozenForm({ submission }: { submission: Submission }) {
  const { t } = useTranslation('formalReview');
  const language = useLanguage();
  const form = asPrintedForm(submission.content);
  return (
    <Card
      title={t('decision.submittedForm')}
      extra={t('decision.submissionOf', {
        number: submission.number,
        at: formatInstant(submission.submittedAt, language),
      })}
      aria-label={t('decision.submittedForm')}
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">
          {t('decision.contentHash')}:{' '}
          <Typography.Text code copyable>
            {submission.contentSha256}
          </Typography.Text>
        </Typography.Text>
        {form ? (
          <>
            <Flex vertical align="center">
              <Typography.Title level={4} style={{ margin: 0 }}>
                {form.title}
              </Typography.Title>
              {form.subtitle.map((line) => (
                <Typography.Text key={line} type="secondary">
                  {line}
                </Typography.Text>
              ))}
            </Flex>
            {form.sections.map((section, sectionIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the sections of a frozen form never move
              <section key={sectionIndex}>
                <Typography.Title level={5}>{section.heading}</Typography.Title>
                <Flex vertical gap="small">
                  {section.blocks.map((block, blockIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a frozen form never move
                    <PrintedBlockView key={blockIndex} block={block} />
                  ))}
                </Flex>
              </section>
            ))}
          </>
        ) : (
          <Alert type="warning" showIcon title={t('decision.unreadableForm')} />
        )}
      </Flex>
    </Card>
  );
}
