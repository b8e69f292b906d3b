/**
 * `npm run intake -- mail`: runs only the mail workers (for deployments that split processes);
 * `npm start` runs the same workers with everything else through startMailChannel().
 * SIGTERM/SIGINT stop them cleanly: the message in flight is finished and moved first.
 */
import { startMailWorkers, type MailWorkers } from '../../mail/mail-workers.js';
import { prismaMailStore } from '../../prisma/store/mail/prisma-mail-store.js';
import { messageIdDomain } from '../config.js';
import { createServices, type Services } from '../services.js';

export function startMailChannel(services: Services, env: NodeJS.ProcessEnv = process.env): MailWorkers {
  return startMailWorkers({
    store: prismaMailStore(services.store.db),
    caseDeps: services.caseDeps,
    classify: services.classify,
    env,
    messageIdDomain: messageIdDomain(services.config),
  });
}

export default async function mail(_argv: string[]): Promise<number> {
  const services = await createServices();
  const workers = startMailChannel(services);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await workers.stop();
  await services.close();
  return 0;
}
