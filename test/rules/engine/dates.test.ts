// The calendar check every bill's date goes through, against the calendar Date keeps.
import { isRealDate } from '../../../src/rules/engine/dates.js';
import { expect } from '../helpers.js';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('isRealDate', () => {
  it('takes exactly the days Date knows, in 1900–2199, and nothing outside those years', () => {
    const wrong: string[] = [];
    for (let year = 1898; year <= 2201; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = year >= 1900 && year <= 2199 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          if (isRealDate(text) !== real) wrong.push(text);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('takes only the YYYY-MM-DD shape', () => {
    for (const text of ['2024-1-05', '2024-01-5', '24-01-05', '2024/01/05', ' 2024-01-05', '2024-01-05T00:00', '']) expect(isRealDate(text), text).to.equal(false);
  });
});
