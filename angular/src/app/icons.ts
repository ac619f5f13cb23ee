import {
  AppstoreOutline, CalendarOutline, GiftOutline, PayCircleOutline, ShopOutline, TeamOutline, ScanOutline, ReloadOutline,
  UploadOutline, PrinterOutline, DashboardOutline, SoundOutline, PlusOutline,
  FireOutline, BellOutline, ArrowUpOutline, ArrowDownOutline, OrderedListOutline, AccountBookOutline, ApiOutline, DownloadOutline, AuditOutline, StarOutline, TagsOutline, ThunderboltOutline,
} from '@ant-design/icons-angular/icons';

/** Icons bundled statically: the app never fetches icon files at run time. */
export const icons = [
  AppstoreOutline, CalendarOutline, GiftOutline, PayCircleOutline, ShopOutline, TeamOutline, ScanOutline, ReloadOutline,
  UploadOutline, PrinterOutline, DashboardOutline, SoundOutline, PlusOutline,
  FireOutline, BellOutline, ArrowUpOutline, ArrowDownOutline, OrderedListOutline, AccountBookOutline, ApiOutline, DownloadOutline, AuditOutline, StarOutline, TagsOutline, ThunderboltOutline,
];
