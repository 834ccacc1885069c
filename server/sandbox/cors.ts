/**
 * CORS for the sandbox (SMART App Launch 2.2, "CORS"): discovery and metadata open to any
 * origin; token, introspection and FHIR endpoints open to the registered app's origin only.
 */
import type { RequestHandler } from 'express';

/**
 * @param allowed - `*` for any origin, or the one origin allowed
 * @returns middleware that sets CORS headers and answers preflight requests with 204
 */
export function cors(allowed: '*' | string): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (allowed === '*') {
      res.setHeader('Access-Control-Allow-Origin', '*');
    } else {
      res.vary('Origin');
      if (origin === allowed) {
        res.setHeader('Access-Control-Allow-Origin', origin);
      }
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, If-Match, If-None-Exist, Prefer');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    res.setHeader('Access-Control-Expose-Headers', 'Location, ETag, Last-Modified, WWW-Authenticate, X-Request-Id');
    next();
  };
}
