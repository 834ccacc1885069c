/**
 * Tests fail on an unexpected console.error. A test that expects one mocks it explicitly.
 * Our logger writes JSON to stdout, so a logged server error does not trip this guard.
 */
import { beforeEach, vi } from 'vitest';

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(' ')}`);
  });
});
