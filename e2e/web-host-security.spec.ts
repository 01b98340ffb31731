import { expect, test } from './fixtures';

test('the page cannot reach other origins or run injected inline scripts', async ({ app, page }) => {
  await app.open(page);
  const remoteFetch = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(remoteFetch).toBe('blocked');
  // An injected inline script (what an XSS in a node name would try) must not run.
  const inline = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const directive = await violation;
    return { ran: (window as { __inlineRan?: boolean }).__inlineRan === true, directive };
  });
  expect(inline).toEqual({ ran: false, directive: expect.stringMatching(/^script-src/) });
});

test('the host refuses requests without its token, from other origins, and over the size limit', async ({ app, request }) => {
  const base = app.host.origin;
  expect((await request.get(`${base}/`)).status()).toBe(403);
  expect((await request.post(`${base}/api/plans:list`, { data: { input: undefined } })).status()).toBe(403);
  const cookie = `headroom_token=${app.host.token}`;
  const ok = await request.post(`${base}/api/plans:list`, { headers: { cookie, 'content-type': 'application/json' }, data: {} });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).ok).toBe(true);
  const foreign = await request.post(`${base}/api/plans:list`, { headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, data: {} });
  expect(foreign.status()).toBe(403);
  const unknown = await request.post(`${base}/api/shell:exec`, { headers: { cookie, 'content-type': 'application/json' }, data: {} });
  expect((await unknown.json()).error.code).toBe('forbidden');
  const huge = await request.post(`${base}/api/plans:list`, { headers: { cookie, 'content-type': 'application/json' }, data: 'x'.repeat(33 * 1024 * 1024) });
  expect(huge.status()).toBe(413);
});
