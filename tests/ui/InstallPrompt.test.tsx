// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { canInstall, offerInstall, showIosHint, watchInstallability } from '../../src/app/install-prompt';
import { navigate } from '../../src/ui/routes';
import { InstallButton, InstallPrompt } from '../../src/ui/InstallPrompt';

/** Chromium's deferred install event, as far as the app uses it. */
function installEvent() {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
    prompt: () => Promise<void>;
    userChoice: Promise<{ outcome: string }>;
  };
  event.prompt = vi.fn(async () => {});
  event.userChoice = Promise.resolve({ outcome: 'accepted' });
  return event;
}

beforeAll(() => watchInstallability());
afterEach(() => {
  cleanup();
  navigate('home');
  canInstall.value = false;
  offerInstall.value = false;
  showIosHint.value = false;
  localStorage.clear();
});

describe('InstallPrompt', () => {
  it('shows nothing until the browser offers installation', () => {
    const { container } = render(<InstallPrompt />);
    expect(container.textContent).toBe('');
  });

  it('turns the browser offer into an Install button that opens the browser dialog', async () => {
    render(<InstallPrompt />);
    const event = installEvent();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Install' }));
    expect(event.prompt).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
  });

  it('stays out of the way while a card is being studied', async () => {
    navigate('study', { scope: 'all' });
    render(<InstallPrompt />);
    window.dispatchEvent(installEvent());
    expect(canInstall.value).toBe(true);
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
  });

  it('hides the button once the app is installed', async () => {
    render(<InstallPrompt />);
    window.dispatchEvent(installEvent());
    await screen.findByRole('button', { name: 'Install' });
    window.dispatchEvent(new Event('appinstalled'));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
  });

  it('"Not now" hides the offer for good; Settings keeps an Install button', async () => {
    render(
      <>
        <InstallPrompt />
        <InstallButton />
      </>,
    );
    window.dispatchEvent(installEvent());
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Install' })).toBeNull());
    expect(localStorage.getItem('prepdeck:install-not-now')).toBe('1');
    // The next visit: the browser offers again, the message area stays quiet.
    window.dispatchEvent(installEvent());
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
    const event = installEvent();
    window.dispatchEvent(event);
    fireEvent.click(screen.getByRole('button', { name: 'Install PrepDeck' }));
    expect(event.prompt).toHaveBeenCalledOnce();
  });

  it('on iOS Safari, explains Share → Add to Home Screen, and can be hidden for good', async () => {
    showIosHint.value = true;
    render(<InstallPrompt />);
    expect(screen.getByText(/Add to Home Screen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide install hint' }));
    await vi.waitFor(() => expect(screen.queryByText(/Add to Home Screen/)).toBeNull());
    expect(localStorage.getItem('prepdeck:ios-install-hint-dismissed')).toBe('1');
  });
});
