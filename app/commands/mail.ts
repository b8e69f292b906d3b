/**
 * `npm run intake -- mail`: runs only the mail workers (for deployments that split processes);
 * `npm start` runs the same workers with everything else. SIGTERM/SIGINT stop them cleanly:
 * the batch in flight is finished and filed first.
 */
import { startMailWorkers } from '../../mail/index.js';
import { createServices } from '../services.js';

export default async function mail(_argv: string[]): Promise<number> {
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
