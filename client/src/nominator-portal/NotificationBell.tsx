import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@award/schema/generated';
import { NotificationKind } from '@award/schema/generated/graphql';
import { Alert, Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../app/language';
import { formatInstant } from '../app/time';
import { useTransitionNote } from '../nominations/TransitionTimeline';

const myNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications {
      id
      kind
      toStatus
      reason
      note
      noteGrade
      sectionReasons {
        section
        reason
      }
      createdAt
      readAt
      nomination {
        id
        code
        projectName
      }
    }
  }
`);

const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

// No subscription carries a nominator's own notifications; a look every minute is enough for changes of state
// that come days apart.
const pollIntervalMs = 60_000;

/** The nominator's in-app notifications of every change of state, with the number unread on the bell. */
export function NotificationBell() {
  const { t } = useTranslation('nominatorPortal');
  const { t: tNominations } = useTranslation('nominations');
  const language = useLanguage();
  const noteOf = useTransitionNote();
  const { data, error } = useQuery(myNotificationsQuery, { pollInterval: pollIntervalMs });
  const [markRead, marking] = useMutation(markNotificationsReadMutation, {
    refetchQueries: ['MyNotifications'],
  });
  // A nominator's notifications are changes of state of its own nominations (reminders go to experts).
  const notifications = (data?.myNotifications ?? []).flatMap((notification) =>
    notification.kind === NotificationKind.StatusChanged && notification.nomination && notification.toStatus
      ? [{ ...notification, nomination: notification.nomination, toStatus: notification.toStatus }]
      : [],
  );
  const unread = notifications.filter((notification) => !notification.readAt);
  const content = (
    <div style={{ width: 360, maxHeight: 420, overflow: 'auto' }}>
      {error && <Alert type="error" showIcon title={t('notifications.failed')} />}
      {notifications.length === 0 ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={notifications}
          renderItem={(notification) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/my-nominations/${notification.nomination.id}?step=SUBMIT`}>
                    <Typography.Text strong={!notification.readAt}>
                      {t('notifications.change', {
                        code: notification.nomination.code,
                        projectName: notification.nomination.projectName,
                        status: tNominations(`status.${notification.toStatus}`),
                      })}
                    </Typography.Text>
                  </Link>
                }
                description={
                  <>
                    <div>{formatInstant(notification.createdAt, language)}</div>
                    {notification.note && <div>{noteOf(notification)}</div>}
                    {notification.sectionReasons.map(({ section, reason }) => (
                      <div key={section}>
                        {tNominations('transitions.sectionReason', {
                          section: tNominations(`section.${section}`),
                          reason,
                        })}
                      </div>
                    ))}
                    {notification.reason && <div>{notification.reason}</div>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {unread.length > 0 && (
        <Button
          block
          loading={marking.loading}
          onClick={() => void markRead({ variables: { ids: unread.map(({ id }) => id) } })}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('notifications.label')} content={content}>
      <Badge count={unread.length} size="small">
        <Button
          type="text"
          aria-label={`${t('notifications.label')} (${unread.length})`}
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
        />
      </Badge>
    </Popover>
  );
}
