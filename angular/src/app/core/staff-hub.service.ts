import { Injectable, inject } from '@angular/core';
import { HubConnection, HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { Observable } from 'rxjs';
import { AuthService } from './auth.service';

/**
 * The staff SignalR hub (/hubs/staff): one connection for the whole app. Pages join the store (or station) they
 * show and listen to the server's method names (see RealtimeMethods on the server).
 */
@Injectable({ providedIn: 'root' })
export class StaffHubService {
  private readonly auth = inject(AuthService);
  private connection: HubConnection | null = null;
  private starting: Promise<HubConnection> | null = null;
  private readonly joinedStores = new Set<string>();
  /** storeId + station pairs joined, as `storeId|station`. */
  private readonly joinedStations = new Set<string>();

  private connect(): Promise<HubConnection> {
    if (this.connection?.state === HubConnectionState.Connected) return Promise.resolve(this.connection);
    this.starting ??= (async () => {
      const connection = new HubConnectionBuilder()
        .withUrl('/hubs/staff', { accessTokenFactory: () => this.auth.accessToken })
        .withAutomaticReconnect()
        .configureLogging(LogLevel.Warning)
        .build();
      // Groups are per connection: join them again after a reconnect.
      connection.onreconnected(() => {
        this.joinedStores.forEach((id) => void connection.invoke('JoinStore', id));
        this.joinedStations.forEach((key) => void connection.invoke('JoinStation', ...key.split('|')));
      });
      await connection.start();
      this.connection = connection;
      return connection;
    })().finally(() => (this.starting = null));
    return this.starting;
  }

  async joinStore(storeId: string): Promise<void> {
    const connection = await this.connect();
    await connection.invoke('JoinStore', storeId);
    this.joinedStores.add(storeId);
  }

  async leaveStore(storeId: string): Promise<void> {
    this.joinedStores.delete(storeId);
    if (this.connection?.state === HubConnectionState.Connected) await this.connection.invoke('LeaveStore', storeId);
  }

  /** A station's group (the server names it in lower case: bar, kitchen, service). */
  async joinStation(storeId: string, station: string): Promise<void> {
    const connection = await this.connect();
    const group = station.toLowerCase();
    await connection.invoke('JoinStation', storeId, group);
    this.joinedStations.add(`${storeId}|${group}`);
  }

  /** Messages of one server method, while subscribed. */
  on<T>(method: string): Observable<T> {
    return new Observable<T>((subscriber) => {
      const handler = (payload: T) => subscriber.next(payload);
      let connection: HubConnection | null = null;
      this.connect().then((c) => {
        connection = c;
        if (!subscriber.closed) c.on(method, handler);
      }, (error) => subscriber.error(error));
      return () => connection?.off(method, handler);
    });
  }
}
