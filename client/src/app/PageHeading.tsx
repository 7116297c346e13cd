import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageHeadingProps {
  title: string;
  /** A line under the title: what the page is for, or what it is about (the cycle, the organization). */
  intro?: ReactNode;
  /** Shown beside the title (a status). */
  extra?: ReactNode;
}

/** The head of every screen: its title, and a line of context. */
export function PageHeading({ title, intro, extra }: PageHeadingProps) {
  return (
    <Flex vertical gap="small">
      <Flex align="center" gap="middle" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {intro && <Typography.Text type="secondary">{intro}</Typography.Text>}
    </Flex>
  );
}
