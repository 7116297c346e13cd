import type { RubricCriterionFragment, ScoreLevel } from '@award/schema/generated/graphql';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/language';
import type { PointBand } from './level-bands';

interface LevelDescriptorsProps {
  levels: RubricCriterionFragment['levels'];
  bands: Record<ScoreLevel, PointBand>;
}

/** What each level means on this criterion (the rubric's descriptors), with the points it allows. */
export function LevelDescriptors({ levels, bands }: LevelDescriptorsProps) {
  const { t } = useTranslation('scoring');
  const language = useLanguage();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
      items={levels.map((descriptor) => ({
        key: descriptor.level,
        label: `${descriptor.level} · ${t('sheet.band', { ...bands[descriptor.level] })}`,
        children: language === 'zh-CN' ? descriptor.descriptorZh : descriptor.descriptorEn,
      }))}
    />
  );
}
