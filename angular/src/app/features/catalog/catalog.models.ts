export type SpaceKind = 'Room' | 'Booth' | 'Table' | 'Station';
export type StoreStatus = 'Open' | 'Paused' | 'ClosedForDay';

export interface SpaceTypeDto {
  code: string;
  kind: SpaceKind;
  nameZhHans: string;
  nameEn: string;
}

export interface CategoryDto {
  id: string;
  code: string;
  name: string;
  nameZhHans: string;
  nameEn: string;
  icon: string | null;
  description: string | null;
  sortOrder: number;
  isEnabled: boolean;
  spaceTypes: SpaceTypeDto[];
  productCategories: ProductCategoryTemplateDto[];
}

export interface ProductCategoryTemplateDto {
  code: string;
  nameZhHans: string;
  nameEn: string;
  /** bar | kitchen | service */
  station: string;
}

export interface UpdateCategoryDto {
  nameZhHans: string;
  nameEn: string;
  icon: string | null;
  description: string | null;
  sortOrder: number;
  spaceTypes: SpaceTypeDto[];
  productCategories: ProductCategoryTemplateDto[];
}

export interface CreateCategoryDto extends UpdateCategoryDto {
  code: string;
  isEnabled: boolean;
}

export interface TimeRangeDto {
  start: string;
  end: string;
}

export type DayOfWeek = 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday';

export interface OpeningHoursDto {
  week: { day: DayOfWeek; ranges: TimeRangeDto[] }[];
  exceptions: { date: string; closed: boolean; ranges: TimeRangeDto[]; isHoliday: boolean; note: string | null }[];
}

export interface BookingPolicyDto {
  cancelDeadlineMinutes: number;
  noShowGraceMinutes: number;
  refundDepositOnNoShow: boolean;
}

export interface StoreDto {
  id: string;
  categoryCode: string;
  name: string;
  address: string;
  phone: string | null;
  intro: string | null;
  images: string[];
  latitude: number;
  longitude: number;
  timeZone: string;
  hours: OpeningHoursDto;
  status: StoreStatus;
  closedOn: string | null;
  openNow: boolean;
  defaultDepositPercent: number;
  spaceTypes: SpaceTypeDto[];
  bookingPolicy: BookingPolicyDto;
  rating: number;
  ratingCount: number;
  minPriceFen: number;
  concurrencyStamp: string;
}

export interface SaveStoreDto {
  categoryCode?: string;
  name: string;
  address: string;
  phone?: string | null;
  intro?: string | null;
  images: string[];
  latitude: number;
  longitude: number;
  timeZone?: string | null;
  hours: OpeningHoursDto;
  defaultDepositPercent: number;
  bookingPolicy?: BookingPolicyDto | null;
  concurrencyStamp?: string | null;
}
