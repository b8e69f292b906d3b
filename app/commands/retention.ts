import { parseArgs } from 'node:util';
import { applyRetention } from '../../core/retention/apply-retention.js';
import { createServices } from '../services.js';

/** `intake retention [--apply]`: lists (or anonymises) closed cases past the retention period. */
export default async function retention(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { apply: { type: 'boolean' } }, strict: true });
  const services = await createServices();
  try {
    const actor = process.env.INTAKE_ACTOR || 'system:retention';
    const refs = await applyRetention(services.caseDeps, { actor, dryRun: !values.apply });
    const verb = values.apply ? 'anonymised' : 'due for anonymisation (run with --apply)';
    process.stdout.write(
      refs.length ? `${refs.length} case(s) ${verb}:\n${refs.join('\n')}\n` : 'no case is due for anonymisation\n',
    );
    return 0;
  } finally {
    await services.close();
  }
}
