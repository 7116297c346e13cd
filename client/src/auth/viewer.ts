import { graphql } from '@award/schema/generated';
import type { ViewerQuery } from '@award/schema/generated/graphql';
import { createContext, use } from 'react';

// Who is signed in is the server's answer, never something the page remembers.
export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      roles
      organization {
        id
        name
      }
    }
  }
`);

export type SignedInViewer = NonNullable<ViewerQuery['viewer']>;

export const ViewerContext = createContext<SignedInViewer | null>(null);

/** The signed-in user, on the pages behind the route guard (RequireSession). */
export function useViewer(): SignedInViewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error('useViewer is for the pages behind RequireSession');
  return viewer;
}
