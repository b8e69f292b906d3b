/**
 * The benchmark's SMTP listener in a process of its own, as a real relay would be: it counts the
 * messages it accepts and reports the count to its parent over IPC, so the listener's work does
 * not run on the event loop of the processor being measured.
 */
import { startSmtpListener } from '../support/smtp-listener.js';

const listener = await startSmtpListener({ parse: false });
process.send?.({ port: listener.port });
process.on('message', (message: { type: string }) => {
  if (message.type === 'count') process.send?.({ count: listener.count() });
  if (message.type === 'stop') void listener.stop().then(() => process.exit(0));
});
