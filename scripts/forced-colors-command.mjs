// A test command that turns forced-colors (Windows High Contrast) emulation on or off in Chromium.
// @web/test-runner-commands' emulateMedia passes forcedColors only to Playwright, and Puppeteer's
// own emulateMediaFeatures does not know the feature, so this speaks the DevTools protocol.
// Answers false where the browser cannot emulate it (Firefox under WebDriver BiDi).
export function forcedColorsCommand() {
  // An emulation lasts only as long as the protocol session that set it: one kept per page.
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.launchOptions?.browser === 'firefox') return false;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
