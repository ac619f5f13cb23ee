import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DeadLetterDto, EventOverviewDto, OutboxMessageDto } from './eventing.models';

/** api/host/events: the outbox of integration events (platform operators). */
@Injectable({ providedIn: 'root' })
export class EventingApi {
  private readonly http = inject(HttpClient);

  overview(skip: number, take: number) {
    return this.http.get<EventOverviewDto>('/api/host/events', { params: { skip, take } });
  }

  /** Sends a failed event again: it goes back to pending for the relay. */
  retry(id: string) {
    return this.http.post<OutboxMessageDto>(`/api/host/events/${id}/retry`, {});
  }

  /** Dead letters (by default the dead ones). */
  deadLetters(skip: number, take: number) {
    return this.http.get<{ items: DeadLetterDto[]; totalCount: number }>('/api/host/events/dead-letters', { params: { skip, take } });
  }

  /** Runs a dead letter's handlers now; the answer is Resolved, or still Dead with the new error. */
  retryDeadLetter(messageId: string) {
    return this.http.post<DeadLetterDto>(`/api/host/events/dead-letters/${messageId}/retry`, {});
  }
}
