/**
 * Where a document lets the personal account pay the person's share but does not say in what
 * order against cash, the engine takes the account first, as a card swiped at the counter does.
 */
export const ACCOUNT_FIRST_READING = {
  interpretation: {
    'zh-CN': '文件未规定个人账户与现金的支付顺序；按刷医保卡结算的做法，个人负担部分先由个人账户支付，余额不足的部分以现金支付。',
    en: 'The document does not say whether the account or cash pays first; as when the insurance card is swiped at the counter, the account pays the person’s share first and cash pays what it cannot.',
  },
};
