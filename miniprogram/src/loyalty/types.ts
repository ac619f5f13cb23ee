export type { PointsAccountDto as PointsAccount, PointsEntryDto as PointsEntry, PointsEntryKind } from '../api/openapi'
