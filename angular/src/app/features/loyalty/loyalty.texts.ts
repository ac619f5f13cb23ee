import { TextTable } from '../../core/i18n.service';

export const loyaltyTexts: TextTable = {
  'loyalty.rules': ['平台积分规则', 'Platform points rules'],
  'loyalty.pointsPerYuan': ['积分抵扣：多少积分抵 1 元', 'Points worth 1 yuan'],
  'loyalty.offsetCap': ['单笔最高抵扣 %', 'Offset cap per payment %'],
  'loyalty.validityDays': ['积分有效期（天）', 'Points validity (days)'],
  'loyalty.levels': ['会员等级', 'Member levels'],
  'loyalty.level': ['等级', 'Level'],
  'loyalty.threshold': ['累计消费门槛（元）', 'Cumulative spend (yuan)'],
  'loyalty.multiplier': ['积分倍率 %', 'Points multiplier %'],
  'loyalty.birthday': ['生日赠送积分', 'Birthday bonus'],
  'loyalty.priority': ['优先预订', 'Priority booking'],
  'rebate.title': ['返积分规则', 'Rebate rules'],
  'rebate.create': ['新建规则', 'New rule'],
  'rebate.basis': ['计算基础', 'Basis'],
  'rebate.basis.TotalSpend': ['总消费', 'Total spend'],
  'rebate.basis.Categories': ['指定消费类别', 'Chosen categories'],
  'rebate.rate': ['每 100 元返积分', 'Points per 100 yuan'],
  'rebate.store': ['适用门店', 'Store'],
  'rebate.allStores': ['全部门店', 'All stores'],
  'rebate.active': ['生效', 'Active'],
};
