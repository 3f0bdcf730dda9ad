// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as RegisterModule from './register';

type Register = typeof RegisterModule;

/** A stand-in for navigator.serviceWorker, driven by the test. */
function serviceWorkers({ controlled = false, refuse = false } = {}) {
  const container = new EventTarget();
  const installing = Object.assign(new EventTarget(), { state: 'installing' });
  let resolveReady: () => void = () => undefined;
  const fake = {
    controller: controlled ? {} : null,
    ready: new Promise<void>((resolve) => {
      resolveReady = resolve;
    }),
    register: () =>
      refuse
        ? Promise.reject(new Error('refused'))
        : Promise.resolve(Object.assign(new EventTarget(), { installing, waiting: null })),
    addEventListener: container.addEventListener.bind(container),
  };
  vi.stubGlobal('navigator', { serviceWorker: fake });
  return {
    /** The first version has installed, activated and claimed the page. */
    activate: () => {
      resolveReady();
      fake.controller = {};
      container.dispatchEvent(new Event('controllerchange'));
    },
    /** A file failed to download: the installing version is thrown away. */
    fail: () => {
      installing.state = 'redundant';
      installing.dispatchEvent(new Event('statechange'));
    },
  };
}

/** A fresh copy of the module (it keeps its state), registered as main.tsx does. */
async function registered(): Promise<Register> {
  vi.resetModules();
  const module = await import('./register');
  module.registerServiceWorker();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return module;
}

const state = (module: Register) => module.offlineCopyState.getSnapshot();
const savedJustNow = (module: Register) => module.offlineCopySavedJustNow.getSnapshot();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the offline copy of the app', () => {
  it('is being saved on a first visit, and saved once the first version is in charge', async () => {
    const workers = serviceWorkers();
    const module = await registered();
    expect(state(module)).toBe('installing');
    expect(savedJustNow(module)).toBe(false);
    workers.activate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state(module)).toBe('ready');
    expect(savedJustNow(module)).toBe(true);
  });

  it('is already there on a later visit, with nothing to announce', async () => {
    serviceWorkers({ controlled: true });
    const module = await registered();
    expect(state(module)).toBe('ready');
    expect(savedJustNow(module)).toBe(false);
  });

  it('is unavailable when the browser refuses the worker or a download fails', async () => {
    serviceWorkers({ refuse: true });
    expect(state(await registered())).toBe('unavailable');

    const workers = serviceWorkers();
    const module = await registered();
    workers.fail();
    expect(state(module)).toBe('unavailable');
  });

  it('is unavailable in a browser without service workers, and off until registered', async () => {
    vi.stubGlobal('navigator', {});
    expect(state(await registered())).toBe('unavailable');
    vi.resetModules();
    expect(state(await import('./register'))).toBe('off');
  });
});
