/**
 * Bearer-token authentication for the sandbox FHIR server (RFC 6750). A missing, invalid or
 * expired token is a 401 with `WWW-Authenticate`; the verified token is put on `res.locals.access`.
 */
import type { RequestHandler, Response } from 'express';
import { HttpError } from '../errors';
import type { TokenService, VerifiedAccessToken } from './tokens';

/**
 * @param res - a response that went through {@link bearerAuth}
 * @returns the verified access token
 */
export function accessOf(res: Response): VerifiedAccessToken {
  return res.locals.access as VerifiedAccessToken;
}

/**
 * @param tokens - verifies access tokens
 * @param realm - the FHIR base, reported in WWW-Authenticate
 * @returns middleware
 */
export function bearerAuth(tokens: TokenService, realm: string): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      throw new HttpError(401, 'unauthorized', 'A bearer access token is required', 'fhir', {
        'WWW-Authenticate': `Bearer realm="${realm}"`,
      });
    }
    const access = await tokens.verifyAccessToken(match[1]);
    if (!access) {
      throw new HttpError(401, 'invalid_token', 'The access token is invalid or expired', 'fhir', {
        'WWW-Authenticate': `Bearer realm="${realm}", error="invalid_token", error_description="The access token is invalid or expired"`,
      });
    }
    res.locals.access = access;
    next();
  };
}
