export type { CreatePrinterDto, PrintKind, PrinterConnection, PrinterDto, PrinterState } from '../../api/openapi';
