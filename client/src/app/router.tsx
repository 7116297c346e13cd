import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { RequireSession } from '../auth/RequireSession';
import { loginPath } from '../auth/sign-in-redirect';
import { useViewer } from '../auth/viewer';
import { AppLayout } from './AppLayout';
import { features, homePathOf } from './features';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';

function HomeRedirect() {
  return <Navigate to={homePathOf(useViewer().roles)} replace />;
}

export const router = createBrowserRouter([
  { path: loginPath, element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      ...features.flatMap((feature) =>
        [{ path: feature.path, page: feature.page }, ...(feature.subpages ?? [])].map(({ path, page }) => ({
          path,
          element: <RequireRole feature={feature}>{page}</RequireRole>,
        })),
      ),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
