// A test command that turns forced-colors (Windows High Contrast) emulation on or off in Chromium.
// @web/test-runner-commands' emulateMedia passes forcedColors only to Playwright, and Puppeteer's
// own emulateMediaFeatures does not know the feature, so this speaks the DevTools protocol.
// Answers false where the browser cannot emulate it (Firefox under WebDriver BiDi).
import { chromiumCommand } from './chromium-command.mjs';

export function forcedColorsCommand() {
  return chromiumCommand('forced-colors-command', 'forced-colors', async ({ cdp, payload }) => {
    await (await cdp()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  });
}
