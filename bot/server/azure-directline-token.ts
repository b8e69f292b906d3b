/**
 * Production option: the page talks to Azure Direct Line. The secret stays on this server; the
 * browser gets a short-lived token ("Generate a Direct Line token", Direct Line API 3.0).
 */
export async function issueAzureDirectLineToken(
  domain: string,
  secret: string,
): Promise<{ status: number; body: unknown; retryAfterSeconds?: number }> {
  const response = await fetch(`${domain.replace(/\/$/, '')}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}` },
  });
  if (!response.ok) return { status: 502, body: { error: 'Direct Line unavailable' } };
  return { status: 200, body: await response.json() };
}
