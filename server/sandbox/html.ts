/**
 * Minimal server-rendered HTML for the sandbox pages: escaping, one page shell with inline styles
 * (no external assets), and an error middleware that shows HttpErrors as an HTML page.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { HttpError } from '../errors';
import { escapeHtml } from '../escape-html';

export { escapeHtml };

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; color: #1b1f24; background: #f5f7fa; }
  header.bar { background: #123c5a; color: #fff; padding: .75rem 1.25rem; }
  header.bar h1 { font-size: 1.25rem; margin: 0; }
  main { padding: 1rem 1.25rem; max-width: 72rem; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  fieldset { border: 1px solid #d0d7de; background: #fff; margin: 0 0 1rem; padding: .75rem; }
  a, button { font: inherit; }
  a.button, button { display: inline-block; padding: .35rem .75rem; margin: .15rem; border: 1px solid #123c5a; border-radius: 4px; background: #fff; color: #123c5a; text-decoration: none; cursor: pointer; }
  a.button.primary, button.primary { background: #123c5a; color: #fff; }
  button:disabled, select:disabled, input:disabled { opacity: .6; cursor: not-allowed; }
  [hidden] { display: none !important; }
  a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  .note { color: #57606a; font-size: .9rem; }
  .error { border-left: 4px solid #b42318; background: #fff; padding: .75rem 1rem; }
`;

/**
 * Renders a full HTML page.
 * @param title - document and header title (escaped here)
 * @param body - trusted HTML for the main region (callers escape what they interpolate)
 * @returns the HTML document
 */
export function renderPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Sandbox EHR</title>
<style>${STYLE}</style>
</head>
<body>
<header class="bar"><h1>Sandbox EHR <span class="note" style="color:#cfe3f3">(synthetic data, development only)</span></h1></header>
<main id="main">
<h2>${escapeHtml(title)}</h2>
${body}
</main>
</body>
</html>`;
}

/**
 * Sends an HTML page with a restrictive Content-Security-Policy.
 * @param res - the response
 * @param html - the document
 * @param frameOrigin - origin allowed in iframes (the SMART app), if the page embeds one
 * @param status - HTTP status (default 200)
 */
export function sendHtml(res: Response, html: string, frameOrigin?: string, status = 200): void {
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; frame-src ${frameOrigin ?? "'none'"}; frame-ancestors 'self'`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).type('html').send(html);
}

/**
 * Error middleware for page routes: an HttpError becomes an HTML error page when the client
 * accepts HTML (a validation error counts as a 400); anything else goes on to the app's error handler.
 * @returns express error middleware
 */
export function htmlErrorPages(): ErrorRequestHandler {
  return (caught: unknown, req, res, next) => {
    const err =
      caught instanceof ZodError
        ? new HttpError(400, 'invalid_request', caught.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '))
        : caught;
    if (!(err instanceof HttpError) || res.headersSent || req.accepts(['html', 'json']) !== 'html') {
      next(caught);
      return;
    }
    const body = `<div class="error" role="alert"><p><strong>${escapeHtml(err.code)}</strong>: ${escapeHtml(err.message)}</p></div>
<p><a href="${escapeHtml(req.baseUrl.replace(/\/auth$/, ''))}/">Back to the sandbox launch page</a></p>`;
    sendHtml(res, renderPage(`Error ${err.status}`, body), undefined, err.status);
  };
}
