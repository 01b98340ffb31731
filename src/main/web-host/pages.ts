// The two pages the web host serves instead of the app: no static assets, no script.

/**
 * What a browser tab without a valid token sees (say it was opened before the host was
 * restarted with another data folder): how to get back in, never the token itself.
 */
export const NEEDS_TOKEN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Headroom: open the link from the terminal</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:4em auto;padding:0 1em;color:#222}code{background:#eee;padding:0 .3em;border-radius:3px}</style></head>
<body><h1>Open Headroom from the link in your terminal</h1>
<p>This tab is not signed in to the Headroom that is running now: it was opened from an earlier run, or from another copy.</p>
<p>Where you ran <code>npm start</code> (or <code>npm run web</code>), the terminal shows a line like
<code>Headroom: http://127.0.0.1:PORT/?token=…</code>. Open that address; this tab then works again, reloads included.</p>
<p>Your plans are safe: they are kept in Headroom's data folder, not in the browser.</p></body></html>`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function cannotStartPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Headroom: ${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44em;margin:4em auto;padding:0 1em;color:#222}p.m{white-space:pre-wrap;background:#fff4e5;border-left:4px solid #f08c00;padding:.75em 1em}</style></head>
<body><h1>${escapeHtml(title)}</h1><p class="m" data-testid="cannot-start">${escapeHtml(message)}</p>
<p>Headroom did not change any file. Stop it with Ctrl+C in the terminal, deal with the cause above, and start it again.</p></body></html>`;
}
