import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { RequireSession } from '../auth/RequireSession';
import { loginPath } from '../auth/sign-in-redirect';
import { AppLayout } from './AppLayout';
import { features, startPath } from './features';
import { NotFoundPage } from './NotFoundPage';

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
      { index: true, element: <Navigate to={startPath} replace /> },
      ...features.map((feature) => ({ path: feature.path, element: feature.page })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
