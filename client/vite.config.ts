import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions, type UserConfig } from 'vite';

export interface ClientServerSettings {
  /** Where the API listens; /graphql (HTTP and WebSocket), /documents and /healthz are proxied there. */
  apiUrl: string;
  /** The port of the dev server and of `vite preview`. */
  port: number;
}

function readPort(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number, got "${value}"`);
  return port;
}

/** Settings from the environment: CLIENT_PORT (default 5173), API_URL, else API_PORT (default 4000). */
export function settingsFromEnvironment(): ClientServerSettings {
  return {
    apiUrl: process.env.API_URL || `http://127.0.0.1:${readPort('API_PORT', 4000)}`,
    port: readPort('CLIENT_PORT', 5173),
  };
}

// The browser talks to one origin only, so no CORS setup is needed and the Apollo links use relative URLs.
export function clientConfig({ apiUrl, port }: ClientServerSettings): UserConfig {
  const proxy: Record<string, ProxyOptions> = {
    '/graphql': { target: apiUrl, ws: true },
    '/healthz': { target: apiUrl },
    // The form and pledge PDFs, uploads and uploaded files: same origin, so the session cookie goes along.
    '/documents': { target: apiUrl },
  };
  return {
    plugins: [react()],
    build: {
      // antd alone, with the components the screens use (Form, Table, Steps, Upload, Timeline, Statistic…), minifies
      // to about 1,005 kB (320 kB gzipped); the warning should fire only past that.
      chunkSizeWarningLimit: 1050,
      rolldownOptions: {
        output: {
          // Libraries change less often than our screens: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
              { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/ },
              { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs)[\\/]/ },
            ],
          },
        },
      },
    },
    server: { port, strictPort: true, proxy },
    preview: { port, strictPort: true, proxy },
  };
}

export default defineConfig(() => clientConfig(settingsFromEnvironment()));
