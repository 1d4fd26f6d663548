import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { isChunkLoadError, lazyWithRetry } from '../../src/ui/lazyWithRetry';

// Renders on the server and waits for lazy parts; an error thrown inside Suspense is reported to
// onError (the browser would then try again on the client), not thrown.
async function render(element: ReturnType<typeof createElement>) {
  const errors: unknown[] = [];
  const { prelude } = await prerender(createElement(Suspense, { fallback: 'loading' }, element), {
    onError: (error) => void errors.push(error),
  });
  const html = await new Response(prelude).text();
  return { html, errors };
}

function Hello({ name }: { name: string }) {
  return createElement('p', null, `Hello ${name}`);
}

/** An import that fails the first `failures` times (a dropped network), then succeeds. */
function flakyImport(failures: number) {
  const calls = { count: 0 };
  const load = async () => {
    calls.count += 1;
    if (calls.count <= failures) throw new TypeError('Failed to fetch dynamically imported module: /x.js');
    return { default: Hello };
  };
  return { load, calls };
}

describe('lazyWithRetry', () => {
  it('reports a failed import as a load failure, and keeps it until told to retry', async () => {
    const { load, calls } = flakyImport(1);
    const Lazy = lazyWithRetry(load);
    const first = await render(createElement(Lazy, { name: 'Ann' }));
    expect(first.html).not.toContain('Hello');
    expect(first.errors).toHaveLength(1);
    expect(isChunkLoadError(first.errors[0])).toBe(true);
    expect((first.errors[0] as Error).message).toMatch(/Failed to fetch/);

    // Like React.lazy, the failure is remembered: rendering again does not fetch again...
    const again = await render(createElement(Lazy, { name: 'Ann' }));
    expect(isChunkLoadError(again.errors[0])).toBe(true);
    expect(calls.count).toBe(1);

    // ...until retry(), which really imports again.
    Lazy.retry();
    const retried = await render(createElement(Lazy, { name: 'Ann' }));
    expect(calls.count).toBe(2);
    expect(retried.errors).toEqual([]);
    expect(retried.html).toContain('Hello Ann');
  });

  it('keeps a chunk that loaded: retry() then does not import again', async () => {
    const { load, calls } = flakyImport(0);
    const Lazy = lazyWithRetry(load);
    expect((await render(createElement(Lazy, { name: 'Bo' }))).html).toContain('Hello Bo');
    Lazy.retry();
    expect((await render(createElement(Lazy, { name: 'Cy' }))).html).toContain('Hello Cy');
    expect(calls.count).toBe(1);
  });

  it('an error from the loaded code itself is not a load failure', async () => {
    const Broken = lazyWithRetry(async () => ({
      default: () => {
        throw new Error('WebGL not supported');
      },
    }));
    const { errors } = await render(createElement(Broken, {}));
    expect(errors).toHaveLength(1);
    expect(isChunkLoadError(errors[0])).toBe(false);
  });

  it('after preload() it shows at once, without suspending (no fallback, no wait)', async () => {
    const { load, calls } = flakyImport(0);
    const Lazy = lazyWithRetry(load);
    const now = () =>
      renderToString(createElement(Suspense, { fallback: 'loading' }, createElement(Lazy, { name: 'Di' })));
    expect(now()).toContain('loading');
    await Lazy.preload();
    expect(now()).toContain('Hello Di');
    await Lazy.preload();
    expect(calls.count).toBe(1);
  });

  it('a preload that fails settles, and the render then reports the load failure for Retry', async () => {
    const { load, calls } = flakyImport(1);
    const Lazy = lazyWithRetry(load);
    await expect(Lazy.preload()).resolves.toBeUndefined();
    const { errors } = await render(createElement(Lazy, { name: 'Ed' }));
    expect(isChunkLoadError(errors[0])).toBe(true);
    Lazy.retry();
    await Lazy.preload();
    expect(calls.count).toBe(2);
    expect((await render(createElement(Lazy, { name: 'Ed' }))).html).toContain('Hello Ed');
  });
});
