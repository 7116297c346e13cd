// antd styles its components, not the page: its reset removes the browser's default body margin and fonts.
import 'antd/dist/reset.css';
import './app/antd-overrides.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
