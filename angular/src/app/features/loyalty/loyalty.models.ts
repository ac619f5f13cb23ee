export type {
  LoyaltySettingsDto,
  MemberLevelDto,
  PointsDocumentType,
  RebateBasis,
  RebateRuleDto,
  SaveRebateRuleDto,
  SettlementLineDto,
} from '../../api/openapi';
