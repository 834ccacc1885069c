/**
 * Security headers on every surface (issue 16): the app runs in an EHR iframe, so only the EHR's
 * origins may frame it (CSP frame-ancestors); responses never get sniffed into another type; patient
 * data is never cached; over HTTPS, browsers are told to stay on HTTPS.
 */
import type { RequestHandler } from 'express';
import type { Config } from './config';

/**
 * @param config - the app configuration (public URL, sandbox mode, EHR origins)
 * @returns middleware setting the headers before any route answers
 */
export function securityHeaders(config: Config): RequestHandler {
  const self = new URL(config.publicBaseUrl).origin;
  const ehr = [...new Set([...(config.sandbox ? [self] : []), ...config.ehrOrigins])];
  const frameAncestors = ehr.length > 0 ? ehr.join(' ') : "'none'";
  const connect = ["'self'", ...config.ehrOrigins].join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  const https = config.publicBaseUrl.startsWith('https://');
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', csp);
    if (https) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    if (req.path.startsWith('/api') || req.path.startsWith('/cds-services') || req.path.startsWith('/sandbox/fhir')) {
      // Answers carry patient data or decisions: never stored by a browser or a proxy.
      res.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
}
