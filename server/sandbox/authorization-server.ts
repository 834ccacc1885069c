/**
 * The sandbox SMART authorization server (SMART App Launch 2.2), mounted at `/sandbox/auth`:
 * `authorize`, `select` (standalone picker), `token`, `introspect`, `jwks`.
 * Development and tests only: not a production authorization server.
 */
import { Router } from 'express';
import { createAuthorizeRouter } from './authorize-endpoint';
import { cors } from './cors';
import type { SandboxContext } from './sandbox-context';
import { createTokenRouter } from './token-endpoint';

/**
 * @param ctx - the sandbox context
 * @returns the `/sandbox/auth` router
 */
export function createAuthorizationServer(ctx: SandboxContext): Router {
  const router = Router();
  router.use('/jwks', cors('*'));
  router.use(['/token', '/introspect'], cors(ctx.appOrigin));
  router.use(createTokenRouter(ctx));
  router.use(createAuthorizeRouter(ctx));
  return router;
}
