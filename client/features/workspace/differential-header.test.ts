import { describe, expect, test } from 'vitest';
import { modelLabelUrl } from './differential-header';

describe('modelLabelUrl', () => {
  test('links to the label of the exact model and knowledge version', () => {
    expect(modelLabelUrl({ model: { id: 'ddx-lr-engine', version: '1.0.0' }, knowledge: { id: 'kb', version: '1.2.3', contentHash: 'x' } })).toBe(
      '/model-label/?model=ddx-lr-engine&version=1.0.0&knowledge=1.2.3',
    );
  });
});
