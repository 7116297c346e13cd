import type { AuditEntityType } from '@award/schema/generated/graphql';
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../app/labels';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { enumOfDetail, isCounted, isDigest, isInstant, isUuid } from './audit-values';

type Details = Record<string, unknown>;

const isDetails = (value: unknown): value is Details =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a person reads one value of a record: labels for codes, instants in the award's zone, short ids. */
/** A detail's label: the trail's own, or the form's for a field of the nomination form. */
function useDetailLabel(): (key: string) => string {
  const { t } = useTranslation(['audit', 'nominationForm']);
  return (key) => t([`field.${key}`, `nominationForm:field.${key}`], { defaultValue: key });
}

function useDetailValue(entityType: AuditEntityType): (key: string, value: unknown) => ReactNode {
  const { t } = useTranslation(['audit', 'nominations']);
  const labelOfKey = useDetailLabel();
  const language = useLanguage();
  const colon = language === 'zh-CN' ? '：' : ': ';
  const show = (key: string, value: unknown): ReactNode => {
    if (value === null || value === undefined || value === '') return t('value.none');
    if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
    if (key === 'sizeBytes' && typeof value === 'number')
      return t('value.bytes', { size: Math.ceil(value / 1024).toLocaleString(language) });
    if (Array.isArray(value)) {
      if (isCounted(key, value)) return t('value.count', { count: value.length });
      return value.every((item) => !isDetails(item))
        ? value.map((item) => show(key, item)).join(language === 'zh-CN' ? '、' : ', ')
        : value.map((item, index) => (
            // A list's items have no id of their own; their order is what the record says.
            // biome-ignore lint/suspicious/noArrayIndexKey: the items are shown as recorded, never reordered
            <div key={index}>{show(key, item)}</div>
          ));
    }
    if (isDetails(value)) {
      // A return's reason reads as the timeline shows it: the section, then what the reviewer wrote.
      if (key === 'sectionReasons')
        return t('nominations:transitions.sectionReason', {
          section: show('section', value.section),
          reason: value.reason,
        });
      return Object.entries(value)
        .map(([inner, innerValue]) => `${labelOfKey(inner)}${colon}${String(show(inner, innerValue))}`)
        .join(language === 'zh-CN' ? '；' : '; ');
    }
    if (typeof value !== 'string') return String(value);
    const enumName = enumOfDetail(key, entityType);
    if (enumName) return labelOf(enumName, value, language);
    if (key === 'report' || key === 'format') return t(`value.${key}.${value}`, value);
    if (entityType === 'GeneratedDocument' && key === 'kind') return t(`value.documentKind.${value}`, value);
    if (isInstant(value)) return formatInstant(value, language);
    if (isUuid(value)) return value.slice(0, 8);
    if (isDigest(value)) return `${value.slice(0, 12)}…`;
    return value;
  };
  return show;
}

interface AuditDetailsProps {
  entityType: AuditEntityType;
  before: unknown;
  after: unknown;
}

/**
 * What a record says, as labelled fields (截止时间：2024年7月31日 17:00): each value after the change,
 * and where the record kept it, the value before it.
 */
export function AuditDetails({ entityType, before, after }: AuditDetailsProps) {
  const labelOfKey = useDetailLabel();
  const show = useDetailValue(entityType);
  const was = isDetails(before) ? before : {};
  const now = isDetails(after) ? after : {};
  const keys = [...new Set([...Object.keys(now), ...Object.keys(was)])];
  if (keys.length === 0) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      items={keys.map((key) => {
        const isChange = key in was && JSON.stringify(was[key]) !== JSON.stringify(now[key]);
        const value = (
          <Typography.Text key={key} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {isChange ? (
              <>
                {show(key, was[key])} → {show(key, now[key])}
              </>
            ) : (
              show(key, key in now ? now[key] : was[key])
            )}
          </Typography.Text>
        );
        return { key, label: labelOfKey(key), children: value };
      })}
    />
  );
}
