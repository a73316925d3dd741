// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createSwBridge } from '../../src/app/sw-bridge';

/** A fake registerSW that hands back the callbacks the page registers. */
function start() {
  let options: RegisterSWOptions = {};
  const activateWaiting = vi.fn(async () => {});
  const reload = vi.fn();
  const bridge = createSwBridge((given) => {
    options = given;
    return activateWaiting;
  }, reload);
  bridge.start();
  return { bridge, options, activateWaiting, reload };
}

describe('service worker bridge', () => {
  it('first install: "Ready to work offline", until dismissed', () => {
    const { bridge, options } = start();
    options.onOfflineReady?.();
    expect(bridge.offlineReady.value).toBe(true);
    bridge.dismissOfflineReady();
    expect(bridge.offlineReady.value).toBe(false);
  });

  it('a waiting update is only announced; the new worker takes over when the user accepts', async () => {
    const { bridge, options, activateWaiting, reload } = start();
    options.onNeedRefresh?.();
    expect(bridge.needRefresh.value).toBe(true);
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    await bridge.applyUpdate();
    expect(activateWaiting).toHaveBeenCalledOnce();
    // The new worker now controls the page: reload into the new version.
    options.onNeedReload?.();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('an update accepted in another tab does not reload this one mid-card', async () => {
    const { bridge, options, activateWaiting, reload } = start();
    options.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();
    expect(bridge.needRefresh.value).toBe(true);
    // When this user taps Reload, the new worker is already in control: just reload.
    await bridge.applyUpdate();
    expect(reload).toHaveBeenCalledOnce();
    expect(activateWaiting).not.toHaveBeenCalled();
  });

  it('"Later" hides the banner without activating anything', () => {
    const { bridge, options, activateWaiting, reload } = start();
    options.onNeedRefresh?.();
    bridge.dismissUpdate();
    expect(bridge.needRefresh.value).toBe(false);
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});
