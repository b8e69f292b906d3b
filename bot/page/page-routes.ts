import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { pickLanguage, renderPage, type PageSettings } from './render-page.js';

const require = createRequire(import.meta.url);
/** The official Web Chat browser bundle from our own dependencies (no CDN). */
// The package exports only "."; its CommonJS entry is lib/index.js, the bundle sits in dist/.
const WEBCHAT_BUNDLE = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
const here = dirname(fileURLToPath(import.meta.url));
const PAGE_JS = readFileSync(join(here, 'page.js'));
const PAGE_CSS = readFileSync(join(here, 'page.css'));

/**
 * CSP: scripts only from this server. Web Chat injects its styles at run time (emotion), hence
 * 'unsafe-inline' for styles only; connections only back to this server (or the configured
 * Direct Line domain).
 */
function contentSecurityPolicy(connectTo: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${connectTo}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export interface PageRouteOptions extends PageSettings {
  /** Issues a chat token for this caller (Direct Line, ours or Azure's). */
  issueToken(req: Request): Promise<{ status: number; body: unknown; retryAfterSeconds?: number }>;
}

export function registerPageRoutes(server: Server, options: PageRouteOptions): void {
  const external = /^https?:\/\//.test(options.directLineDomain) ? new URL(options.directLineDomain).origin : '';
  const csp = contentSecurityPolicy(external);

  server.get('/', async (req: Request, res: Response) => {
    const language = pickLanguage(req.query?.lang, req.headers['accept-language']);
    const html = renderPage(language, options);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Content-Language': language,
    });
    res.end(html);
  });

  server.get('/assets/webchat.js', async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' });
    await new Promise<void>((resolve, reject) => {
      createReadStream(WEBCHAT_BUNDLE).on('error', reject).on('end', resolve).pipe(res);
    });
  });

  server.get('/assets/page.js', async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(PAGE_JS);
  });

  server.get('/assets/page.css', async (_req: Request, res: Response) => {
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(PAGE_CSS);
  });

  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.send(204);
  });

  server.post('/api/webchat/token', async (req: Request, res: Response) => {
    const result = await options.issueToken(req);
    res.header('Cache-Control', 'no-store');
    if (result.retryAfterSeconds) res.header('Retry-After', String(result.retryAfterSeconds));
    res.send(result.status, result.body);
  });
}
