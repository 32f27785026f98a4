// `curriculum render <map-dir>`: every format against its golden page, the JSON contract, the
// example map, refusals, and folders holding maps beside programs.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MARKER } from '../../src/render/marker.js';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';
import { expectGolden } from '../golden.js';

const TINY = 'test/fixtures/maps/tiny/map';
const EXAMPLE = 'curricula/maps/web-development';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-render-map-'));
}

describe('render a knowledge map', () => {
  test.each(['md', 'html', 'json'])('prints the %s page on stdout, exactly the golden page', async (format) => {
    const run = await runInProcess(['render', TINY, '--format', format]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expectGolden(run.stdout, new URL(`./__golden__/tiny-map.${format}`, import.meta.url));
  });

  test('json is the contract of PRODUCT.md: map, concepts with depth (longest path), leads_to and courses', async () => {
    const data = JSON.parse((await runInProcess(['render', TINY, '--format', 'json'])).stdout);
    expect(Object.keys(data)).toEqual(['generator', 'map', 'concepts']);
    expect(data.map).toEqual({ id: 'tiny-web', title: 'Tiny web <map> & "friends"' });
    const depth = Object.fromEntries(data.concepts.map((c: { id: string; depth: number }) => [c.id, c.depth]));
    // "end" is one step after frontend (depth 1) but three after web -> backend -> http: the longest path wins.
    expect(depth).toEqual({ web: 0, frontend: 1, backend: 1, http: 2, end: 3, tools: 0 });
    const backend = data.concepts.find((c: { id: string }) => c.id === 'backend');
    expect(Object.keys(backend)).toEqual(['id', 'name', 'depth', 'leads_to', 'courses']);
    expect(backend.courses).toEqual([
      { ref: 'map-fixture-school/learn-http', title: 'Learn HTTP <the "hard" way> & more', url: null },
      { ref: 'map-fixture-school/mdn-http', title: 'MDN HTTP guide', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP' },
    ]);
    const http = data.concepts.find((c: { id: string }) => c.id === 'http');
    expect(http.courses).toEqual([
      { ref: 'https://example.org/intro-to-http', title: 'https://example.org/intro-to-http', url: 'https://example.org/intro-to-http' },
      {
        ref: 'https://example.org/http-in-depth?a=1&b=(2)',
        title: 'HTTP in depth [*with* notes]',
        url: 'https://example.org/http-in-depth?a=1&b=(2)',
      },
    ]);
  });

  test('the html page escapes names and draws one box per concept and one arrow per leads_to', async () => {
    const html = (await runInProcess(['render', TINY, '--format', 'html'])).stdout;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<a class="concept/g)).toHaveLength(6);
    expect(html.match(/<path class="edge"/g)).toHaveLength(7);
    // The long name is wrapped on at most three lines that fit the box, the rest cut with "…".
    expect(html).toMatch(
      /<tspan[^>]*>HTTP, the protocol<\/tspan><tspan[^>]*>that every web page<\/tspan><tspan[^>]*>and every API of the…<\/tspan><\/text>/,
    );
  });

  test('the Markdown flowchart names nodes c1, c2... so a concept called "end" cannot close the chart', async () => {
    const md = (await runInProcess(['render', TINY])).stdout;
    expect(md).toContain('  c5["end"]\n');
    expect(md).toContain('  c4 --> c5\n');
    expect(md).not.toMatch(/^\s*end\b/m);
  });

  test('the example map renders in every format, every concept placed', async () => {
    const json = JSON.parse((await runInProcess(['render', EXAMPLE, '--format', 'json'])).stdout);
    expect(json.concepts.length).toBeGreaterThanOrEqual(30);
    for (const format of ['md', 'html']) {
      const run = await runInProcess(['render', EXAMPLE, '--format', format]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout.startsWith(`${MARKER}\n`)).toBe(true);
      for (const concept of json.concepts)
        expect(run.stdout).toContain(format === 'html' ? `data-id="${concept.id}"` : `\`${concept.id}\``);
    }
  });

  test('refuses a map with errors: diagnostics on stderr, nothing on stdout, exit code 1', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'map.yaml'),
      'map:\n  id: loop\n  title: Loop\nconcepts:\n  - id: a\n    name: A\n    leads_to: [b]\n  - id: b\n    name: B\n    leads_to: [a]\n',
    );
    const run = await runInProcess(['render', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Concept "a" is part of a cycle: a -> b -> a.');
  });

  test('a folder holding a program and a map needs --out, then gets a page for each', async () => {
    const refused = await runInProcess(['render', 'test/fixtures/maps/tiny']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /\ncurriculum: "test\/fixtures\/maps\/tiny" holds 1 program and 1 knowledge map: use --out <folder> to render a page for each\.\n$/,
    );
    const out = await tempDir();
    const run = await runInProcess(['render', 'test/fixtures/maps/tiny', '--format', 'html', '--out', `${out}/`]);
    expect(run.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['index.html', 'map-fixture-school.html', 'tiny-web.html']);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toMatch(
      /<h2>Knowledge maps<\/h2>[\s\S]*<a href="tiny-web.html">Tiny web &lt;map&gt; &amp; &quot;friends&quot;<\/a><\/td><td class="num">6<\/td>/,
    );
    expect(await readFile(path.join(out, 'tiny-web.html'), 'utf8')).toBe((await runInProcess(['render', TINY, '--format', 'html'])).stdout);
  });

  test('a map and a program with one id cannot share a folder', async () => {
    const dir = await tempDir();
    const program = await readFile(path.join(PROJECT_ROOT, 'test/fixtures/maps/tiny/school/program.yaml'), 'utf8');
    await writeFile(path.join(dir, 'program.yaml'), program);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'map'));
    await writeFile(
      path.join(dir, 'map', 'map.yaml'),
      'map:\n  id: map-fixture-school\n  title: Same id\nconcepts:\n  - id: a\n    name: A\n    courses: [map-fixture-school/learn-http]\n',
    );
    const run = await runInProcess(['render', dir, '--out', path.join(dir, 'site/')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Program ".*" and map ".*map" both have the id "map-fixture-school"; give each its own id/);
  });
});
