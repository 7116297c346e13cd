import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout';
import { features, startPath } from './features';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={startPath} replace /> },
      ...features.map((feature) => ({ path: feature.path, element: feature.page })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
