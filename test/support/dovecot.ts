/**
 * A real Dovecot IMAP server for tests, started from a config written into a temporary folder
 * on a free high port (../shared/STACK.md, "A real IMAP server for tests"). Nothing is mocked:
 * the mail worker talks IMAP to it exactly as it would to a production server.
 *
 * When Dovecot is not installed the start fails with an explanation (CI must install it:
 * `apt-get install -y dovecot-imapd`); a missing service never turns into a skipped test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DovecotServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The folder holding the config, logs and mailboxes. */
  dir: string;
  /** Stops the server (connections drop) and starts it again on the same port and mail store. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

const DOVECOT = '/usr/sbin/dovecot';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function dovecotIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'dovecot']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'dovecot']).toString().trim());
  return { uid, gid };
}

// Dovecot 2.3's own list after login, less IDLE: what a server without RFC 2177 looks like.
const CAPABILITIES_WITHOUT_IDLE =
  'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS ' +
  'THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS ' +
  'LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH ' +
  'LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY';

function configText(dir: string, port: number, passwdFile: string, withoutIdle: boolean): string {
  // Every path lives in the temp folder so several servers (parallel test files) never meet.
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 100
mail_location = maildir:${dir}/mail/%u
mail_fsync = never
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${passwdFile}
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service imap {
  process_limit = 64
}
protocol imap {
  mail_max_userip_connections = 64
${withoutIdle ? `  imap_capability = ${CAPABILITIES_WITHOUT_IDLE}` : ''}
}
`;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`Dovecot did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startDovecot(
  options: { user?: string; password?: string; /** Advertise no IDLE (RFC 2177), to test polling. */ withoutIdle?: boolean } = {},
): Promise<DovecotServer> {
  if (!existsSync(DOVECOT)) {
    throw new Error(
      `Dovecot is not installed (${DOVECOT} missing). Install it with: apt-get update && apt-get install -y dovecot-imapd`,
    );
  }
  const user = options.user ?? 'feedback';
  const password = options.password ?? 'test-password';
  const dir = await mkdtemp(join(tmpdir(), 'dovecot-'));
  // Dovecot's auth and mail processes run as the dovecot user and must traverse the folder.
  await chmod(dir, 0o755);
  const { uid, gid } = dovecotIds();
  for (const sub of ['run', 'state', 'mail']) await mkdir(join(dir, sub), { recursive: true });
  await chown(join(dir, 'mail'), uid, gid);
  const passwdFile = join(dir, 'users');
  await writeFile(passwdFile, `${user}:{PLAIN}${password}\n`);
  const port = await freePort();
  const conf = join(dir, 'dovecot.conf');
  await writeFile(conf, configText(dir, port, passwdFile, options.withoutIdle ?? false));

  let running = false;
  const start = async () => {
    // The master daemonises; stdio must not be piped or the child keeps our pipes open forever.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(DOVECOT, ['-c', conf], { stdio: 'ignore' });
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`dovecot exited with ${code}; see ${dir}/dovecot.log`)),
      );
    });
    running = true;
    await waitForPort(port, 10_000);
  };
  const stop = async () => {
    if (!running) return;
    running = false;
    const pidFile = join(dir, 'run', 'master.pid');
    const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
    if (!pid) return;
    process.kill(pid, 'SIGTERM');
    // Wait until the master is gone so a restart can bind the same port again.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 25));
      } catch {
        return;
      }
    }
    process.kill(pid, 'SIGKILL');
  };

  await start();
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    dir,
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    destroy: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
