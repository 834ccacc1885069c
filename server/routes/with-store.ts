/**
 * Maps store failures to HTTP: a conflict (a suggestion from another set) is 409, any other
 * database error is 503 with a message that says nothing was saved.
 */
import { HttpError } from '../errors';
import { StoreConflictError } from '../store/store';

/**
 * @param what - what was being stored or read, for the message
 * @param fn - the store call
 * @returns its result
 * @throws HttpError 409 or 503
 */
export async function withStore<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpError) {
      throw err;
    }
    if (err instanceof StoreConflictError) {
      throw new HttpError(409, 'conflict', err.message);
    }
    throw new HttpError(503, 'store_unavailable', `The decision store is unavailable, so the ${what} could not be saved or read. Nothing was lost on your side; try again.`);
  }
}
