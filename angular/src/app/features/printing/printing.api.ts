import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreatePrinterDto, PrinterDto } from './printing.models';

/** The store's printers, test pages and reprints (api/admin/printers). */
@Injectable({ providedIn: 'root' })
export class PrintingApi {
  private readonly http = inject(HttpClient);

  printers(storeId: string) {
    return this.http.get<PrinterDto[]>('/api/admin/printers', { params: { storeId } });
  }

  create(input: CreatePrinterDto) {
    return this.http.post<PrinterDto>('/api/admin/printers', input);
  }

  /** Prints a test page; an unreachable printer answers 502 (problem details) and is then in the Error state. */
  test(id: string) {
    return this.http.post<PrinterDto>(`/api/admin/printers/${id}/test`, {});
  }

  reprintTicket(ticketId: string) {
    return this.http.post<void>(`/api/admin/printers/tickets/${ticketId}/reprint`, {});
  }

  receipt(orderId: string) {
    return this.http.post<void>(`/api/admin/printers/orders/${orderId}/receipt`, {});
  }
}
