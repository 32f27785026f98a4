// Golden outputs: the fixture programs through the pure pipeline (schema -> outline -> page).
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { renderFixture } from './load-fixture.js';

describe.each(['analyst', 'tiny'])('the %s fixture program', (name) => {
  it.each(['md', 'html', 'json'] as const)('renders %s as its golden file', async (format) => {
    const page = await renderFixture(name, format);
    expectGolden(page, new URL(`./__golden__/${name}.${format}`, import.meta.url));
  });

  it('renders the same bytes twice (no timestamps, no randomness)', async () => {
    expect(await renderFixture(name, 'html')).toBe(await renderFixture(name, 'html'));
  });
});
