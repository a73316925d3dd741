// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from '../../src/ui/UpdateBanner';

function setup(initial: { needRefresh?: boolean; offlineReady?: boolean } = {}) {
  const needRefresh = signal(initial.needRefresh ?? false);
  const offlineReady = signal(initial.offlineReady ?? false);
  const applyUpdate = vi.fn();
  const props = {
    needRefresh,
    offlineReady,
    applyUpdate,
    dismissUpdate: () => (needRefresh.value = false),
    dismissOfflineReady: () => (offlineReady.value = false),
  };
  render(<UpdateBanner {...props} />);
  return { needRefresh, offlineReady, applyUpdate };
}

afterEach(cleanup);

describe('UpdateBanner', () => {
  it('shows nothing while there is no news', () => {
    setup();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says "Update available" when a new version waits, and reloads only when tapped', async () => {
    const { needRefresh, applyUpdate } = setup();
    needRefresh.value = true;
    await screen.findByText('Update available');
    expect(applyUpdate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });

  it('lets the user put the update off', async () => {
    setup({ needRefresh: true });
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('Update available')).toBeNull();
  });

  it('announces "Ready to work offline" after the first install until dismissed', async () => {
    setup({ offlineReady: true });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Ready to work offline');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText('Ready to work offline')).toBeNull();
  });

  it('is a polite live region that does not take focus from the card', () => {
    const before = document.activeElement;
    setup({ needRefresh: true });
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(before);
  });
});
