// What the test commands that drive Chromium itself share (forced colours, default font size,
// print to PDF): the command's name, the answer false where the browser is not Chromium under
// Puppeteer (Firefox under WebDriver BiDi, WebKit), and one DevTools protocol session per page
// (an emulation lasts only as long as the session that set it).
export function chromiumCommand(name, command, run) {
  const sessions = new WeakMap();
  return {
    name,
    async executeCommand({ command: asked, payload, session }) {
      if (asked !== command) return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.launchOptions?.browser === 'firefox') return false;
      const page = session.browser.getPage(session.id);
      const cdp = async () => {
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        return sessions.get(page);
      };
      return run({ page, cdp, payload });
    },
  };
}
