// Golden outputs: the fixture programs through the pure pipeline (schema -> outline -> page).
import { describe, expect, it } from 'vitest';
import { renderFixture } from './load-fixture.js';

describe.each(['analyst', 'tiny'])('the %s fixture program', (name) => {
  it.each(['md', 'html', 'json'] as const)('renders %s as its golden file', async (format) => {
    const page = await renderFixture(name, format);
    await expect(page).toMatchFileSnapshot(`./__golden__/${name}.${format}`);
  });

  it('renders the same bytes twice (no timestamps, no randomness)', async () => {
    expect(await renderFixture(name, 'html')).toBe(await renderFixture(name, 'html'));
  });
});
