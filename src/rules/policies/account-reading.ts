/**
 * Where a document lets the personal account pay the person's share but does not say in what
 * order against cash, the engine takes the account first, as a card swiped at the counter does.
 */
export const ACCOUNT_FIRST_READING = {
  interpretation: {
    'zh-CN': '文件未规定支付顺序；按刷卡结算的做法，先由个人账户支付，不足部分付现金。',
    en: 'The document sets no order; as at the counter, the account pays first and cash the rest.',
  },
};
