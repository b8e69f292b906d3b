/**
 * The email channel's entry point for the composition root: `npm start` (app/start.ts) and
 * `npm run intake -- mail` (app/commands/mail.ts) both start the workers through this.
 */
import type { CaseDeps } from '../core/cases/case-deps.js';
import type { Classifier } from '../core/classify/classification.js';
import type { Db } from '../prisma/store/open-store.js';
import { prismaMailStore } from '../prisma/store/mail/prisma-mail-store.js';
import { startMailChannel, type MailWorkers } from './mail-workers.js';

export interface MailServices {
  store: { db: Db };
  caseDeps: CaseDeps;
  classify: Classifier;
}

export function startMailWorkers(services: MailServices, env: Record<string, string | undefined> = process.env): MailWorkers {
  return startMailChannel({
    store: prismaMailStore(services.store.db),
    caseDeps: services.caseDeps,
    classify: services.classify,
    env,
    messageIdDomain: services.caseDeps.messageIdDomain,
  });
}
