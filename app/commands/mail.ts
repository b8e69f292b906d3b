/**
 * `npm run intake -- mail`: runs only the mail workers (for deployments that split processes);
 * `npm start` runs the same workers with everything else. SIGTERM/SIGINT stop them cleanly:
 * the batches in flight are finished and filed first.
 *
 * `npm run intake -- mail suppress <address> [reason…]`: no acknowledgement goes to that
 * address any more (issue 4 §5: senders on a suppression list). Bounced addresses are added
 * automatically.
 */
import { startMailWorkers } from '../../mail/index.js';
import { prismaMailStore } from '../../prisma/store/mail/prisma-mail-store.js';
import { createServices } from '../services.js';

async function suppress(argv: string[]): Promise<number> {
  const [address, ...reason] = argv;
  if (!address || !/^[^@\s]+@[^@\s]+$/.test(address)) {
    process.stderr.write('usage: intake mail suppress <address> [reason…]\n');
    return 2;
  }
  const services = await createServices();
  try {
    await prismaMailStore(services.store.db).suppress(address, reason.join(' ') || 'added by staff', services.now());
    process.stdout.write('suppressed: no acknowledgement will be sent to that address\n');
    return 0;
  } finally {
    await services.close();
  }
}

export default async function mail(argv: string[]): Promise<number> {
  if (argv[0] === 'suppress') return suppress(argv.slice(1));
  if (argv.length > 0) {
    process.stderr.write('usage: intake mail [suppress <address> [reason…]]\n');
    return 2;
  }
  const services = await createServices();
  const workers = startMailWorkers(services);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await workers.stop();
  await services.close();
  return 0;
}
