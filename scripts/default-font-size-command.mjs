// A test command that sets the browser's default font size (what a reader picks in the browser's
// settings, CSS `medium`) in Chromium, through the DevTools protocol. Answers false where the
// browser cannot (Firefox under WebDriver BiDi).
export function defaultFontSizeCommand() {
  const sessions = new WeakMap();
  return {
    name: 'default-font-size-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'default-font-size') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.launchOptions?.browser === 'firefox') return false;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Page.setFontSizes', { fontSizes: { standard: payload?.px ?? 16, fixed: 13 } });
      return true;
    },
  };
}
