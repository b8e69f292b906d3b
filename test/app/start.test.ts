import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm start with the embedded defaults', () => {
  it('migrates a new SQLite store, answers health checks, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'intake-start-'));
    const port = await freePort();
    // Exactly what `npm start` runs: one node process, so SIGTERM reaches the service itself (the
    // tsx wrapper relays signals with a 30 ms window and SIGKILLs a child that is slow to answer).
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/start.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${dir}/intake.db`,
        PORT: String(port),
        HOST: '127.0.0.1',
        MAIL_DIR: path.join(dir, 'mail'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let health: Response | null = null;
      for (let i = 0; i < 120 && !health?.ok; i++) {
        await new Promise((r) => setTimeout(r, 250));
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      }
      expect(health?.status, output).toBe(200);
      expect(existsSync(path.join(dir, 'intake.db'))).toBe(true);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, output).toBe(0);
  });
});
