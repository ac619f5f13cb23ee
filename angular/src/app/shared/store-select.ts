import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { CurrentStoreService } from './current-store.service';

/** The store picker at the top of merchant pages (the page loads the list with CurrentStoreService.follow). */
@Component({
  selector: 'app-store-select',
  imports: [FormsModule, NzSelectModule],
  template: `
    <nz-select class="store-select" data-testid="store-select" [ngModel]="current.storeId()" (ngModelChange)="current.select($event)">
      @for (store of current.stores(); track store.id) {
        <nz-option [nzValue]="store.id" [nzLabel]="store.name" />
      }
    </nz-select>
  `,
  styles: `.store-select { min-width: 200px; }`,
})
export class StoreSelect {
  protected readonly current = inject(CurrentStoreService);
}
