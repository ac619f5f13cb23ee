import { Station } from '../ordering/ordering.models';

export type PrinterConnection = 'Network' | 'Cloud';
export type PrintKind = 'KitchenTicket' | 'Receipt';
export type PrinterState = 'Ok' | 'Error';

/** A store's printer (PrinterDto): the state is Error, with why, after a slip or a test page did not reach it. */
export interface PrinterDto {
  id: string;
  storeId: string;
  name: string;
  connection: PrinterConnection;
  address: string;
  port: number;
  kind: PrintKind;
  station: Station | null;
  state: PrinterState;
  lastError: string | null;
  lastPrintedAt: string | null;
}

export interface CreatePrinterDto {
  storeId: string;
  name: string;
  connection: PrinterConnection;
  address: string;
  port: number;
  kind: PrintKind;
  station: Station | null;
}
