/**
 * Test hook for the crash tests: with MAIL_CRASH_AT=<step> the process kills itself at that
 * step with SIGKILL, as a power cut would, so the tests can prove that dying at any step and
 * restarting gives exactly one case and one acknowledgement per message. Does nothing unless set.
 */
export function crashPoint(step: string): void {
  if (process.env.MAIL_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}
