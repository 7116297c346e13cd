import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with the demo data, on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      seedDemoData: true,
      redisUrl: undefined,
    });
    expect(config.embeddedPostgres.port).toBe(54329);
  });

  it('does not seed an existing database unless asked to', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/award' }).seedDemoData).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://localhost/award', SEED_DEMO_DATA: 'true' }).seedDemoData,
    ).toBe(true);
  });

  it('names every bad setting and its rule', () => {
    const load = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://x' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PORT:/);
    expect(load).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(load).toThrow(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('passes the proxy trust setting through', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });

  it('keeps uploads in .data/files under the project, at most 20 MiB each, unless told otherwise', () => {
    const defaults = loadConfig({});
    expect(defaults.fileStorageDir).toMatch(/[/\\]\.data[/\\]files$/);
    expect(defaults.uploadMaxBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ FILE_STORAGE_DIR: '/srv/award/files', UPLOAD_MAX_BYTES: '1024' })).toMatchObject({
      fileStorageDir: '/srv/award/files',
      uploadMaxBytes: 1024,
    });
    expect(() => loadConfig({ UPLOAD_MAX_BYTES: '0' })).toThrow(/UPLOAD_MAX_BYTES:/);
  });
});
