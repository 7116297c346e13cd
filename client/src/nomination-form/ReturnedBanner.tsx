import type { NominationProgressFragment } from '@award/schema/generated/graphql';
import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepKey } from './NominationSteps';

interface ReturnedBannerProps {
  returnedSections: NominationProgressFragment['returnedSections'];
  onOpen: (step: StepKey) => void;
}

/** Every reason of a return, section by section, each with a way to its step and whether it changed since. */
export function ReturnedBanner({ returnedSections, onOpen }: ReturnedBannerProps) {
  const { t } = useTranslation('nominationForm');
  if (returnedSections.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label={t('returned.title')}
      title={t('returned.title')}
      description={
        <Flex
          vertical
          gap="small"
          component="ul"
          style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
        >
          {returnedSections.map(({ section, reason, isChanged }) => (
            <Flex key={section} component="li" gap="small" align="baseline" wrap>
              <Tag color={isChanged ? 'success' : 'error'}>
                {t(isChanged ? 'returned.changed' : 'returned.toCorrect')}
              </Tag>
              <Typography.Text strong>{t(`step.${section}`)}</Typography.Text>
              <Typography.Text>{reason}</Typography.Text>
              <Button
                type="link"
                size="small"
                aria-label={`${t('returned.open')}：${t(`step.${section}`)}`}
                onClick={() => onOpen(section)}
              >
                {t('returned.open')}
              </Button>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
