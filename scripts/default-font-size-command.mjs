// A test command that sets the browser's default font size (what a reader picks in the browser's
// settings, CSS `medium`) in Chromium, through the DevTools protocol. Answers false where the
// browser cannot (Firefox under WebDriver BiDi).
import { chromiumCommand } from './chromium-command.mjs';

export function defaultFontSizeCommand() {
  return chromiumCommand('default-font-size-command', 'default-font-size', async ({ cdp, payload }) => {
    await (await cdp()).send('Page.setFontSizes', { fontSizes: { standard: payload?.px ?? 16, fixed: 13 } });
    return true;
  });
}
