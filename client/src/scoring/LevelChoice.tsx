import { ScoreLevel } from '@award/schema/generated/graphql';
import { Radio } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointBand } from './level-bands';

export const levels = [ScoreLevel.A, ScoreLevel.B, ScoreLevel.C, ScoreLevel.D] as const;

// Hours of scoring are faster without the mouse: a letter, or its place 1–4, picks a level.
const levelOfKey: Record<string, ScoreLevel> = {
  a: ScoreLevel.A,
  b: ScoreLevel.B,
  c: ScoreLevel.C,
  d: ScoreLevel.D,
  '1': ScoreLevel.A,
  '2': ScoreLevel.B,
  '3': ScoreLevel.C,
  '4': ScoreLevel.D,
};

interface LevelChoiceProps {
  /** One native radio group per criterion, so that Tab enters and leaves it in one step. */
  name: string;
  bands: Record<ScoreLevel, PointBand>;
  value?: ScoreLevel | null;
  onChange?: (level: ScoreLevel) => void;
  disabled?: boolean;
}

/** A criterion's level, each with the points its band allows; driven by antd's Form.Item. */
export function LevelChoice({ name, bands, value, onChange, disabled }: LevelChoiceProps) {
  const { t } = useTranslation('scoring');
  const pickByKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const level = levelOfKey[event.key.toLowerCase()];
    if (!level || disabled) return;
    event.preventDefault();
    onChange?.(level);
    // The focus follows the choice, as the arrow keys would move it.
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${level}"]`)?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys reach the radios inside; the radios are the controls
    <div onKeyDown={pickByKey}>
      <Radio.Group
        name={name}
        value={value ?? undefined}
        disabled={disabled}
        onChange={(event) => onChange?.(event.target.value as ScoreLevel)}
        optionType="button"
        buttonStyle="solid"
        options={levels.map((level) => ({
          value: level,
          label: `${level} · ${t('sheet.band', { ...bands[level] })}`,
          title: t(`level.${level}`),
        }))}
      />
    </div>
  );
}
