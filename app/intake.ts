/**
 * `npm run --silent intake -- <command> [options]`: one entry point, one module per command in
 * app/commands/. Each command returns its exit code; user mistakes print a message, not a stack.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppError } from '../core/errors/app-error.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function usage(): string {
  return `usage: intake <command> [options]
  migrate                                   apply database migrations
  clock --received <ISO> [--profile goj|jcsc|devon] [--consent-received <ISO>]
  cases create --json <file|->              create a case from one intake (JSON)
  cases list [--json] | show <ref> [--json] | close <ref> --reason <reason>
  cases escalate <ref> | respond <ref> | consent <ref> --given|--refused | withdraw <ref>
  cases reopen <ref> | correct <ref> --type <t>|--department <d> | audit <ref>
  classify | train | eval                   the feedback classifier
  mail                                      run only the mail workers
  mail suppress <address> [reason]          no acknowledgements to that address
  report [--from <day>] [--to <day>] [--json]  policy reports
  retention [--apply]                       anonymise cases closed over a year ago (education: 100 years)
`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(path.join(here, 'commands', `${name}.ts`))) {
    process.stderr.write(`intake: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const command = (await import(`./commands/${name}.ts`)) as { default: (argv: string[]) => Promise<number> };
  return command.default(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isAppError(error)) {
      process.stderr.write(`intake: ${error.message}\n`);
      for (const issue of error.issues) process.stderr.write(`  - ${issue.field}: ${issue.message}\n`);
      process.exitCode = error.code === 'NOT_FOUND' ? 3 : 2;
    } else if (error instanceof Error && String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`intake: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof Error && /^(configuration error|unknown policy profile|DATABASE_URL)/.test(error.message)) {
      process.stderr.write(`intake: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`intake: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
