import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl } from './url-policy';

describe('external links (shell.openExternal allow-list)', () => {
  it('lets plain https links through to the system browser', () => {
    expect(isAllowedExternalUrl('https://docs.example.com/capacity?x=1#y')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/tmp/x',
    'data:text/html,<script>alert(1)</script>',
    'https://user:secret@example.com/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('which pages count as the app (IPC sender check)', () => {
  it('accepts the built files and nothing else in a packaged app', () => {
    expect(isAppUrl('file:///opt/Headroom/resources/app/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('https://evil.example/', undefined)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', undefined)).toBe(false);
  });

  it('accepts only the dev server’s origin while developing', () => {
    expect(isAppUrl('http://localhost:5173/src/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///tmp/x.html', 'http://localhost:5173')).toBe(false);
  });
});
