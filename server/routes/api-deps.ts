/**
 * What the API routers need.
 */
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { Store } from '../store/store';
import type { SmartTokenVerifier } from '../auth/smart-token-verifier';

export interface ApiDeps {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeBase;
  store: Store;
  /** Token verifier (tests pass one with a fake fetch); default: introspection against the allowlisted servers. */
  verifier?: SmartTokenVerifier;
}
