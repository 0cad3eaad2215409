// A test command that prints the test page to a PDF as Chromium prints it (A4, its default 1 cm
// margins) and answers how many pages that took. An emulated print medium is not enough: the
// widget's height under `emulateMedia('print')` once fitted an A4 page while the real PDF took two.
// Answers false where the browser cannot print to PDF here (Firefox under WebDriver BiDi, WebKit):
// the test runner reads null as a command no plugin knows.
import { chromiumCommand } from './chromium-command.mjs';

export function printPdfCommand() {
  return chromiumCommand('print-pdf-command', 'pdf-pages', async ({ page }) => {
    const margin = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' };
    return pdfPageCount(Buffer.from(await page.pdf({ format: 'A4', margin })));
  });
}

/** The pages of a PDF as Chromium writes it: each is an uncompressed `/Type /Page` dictionary. */
export function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
