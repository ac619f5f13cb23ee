import { Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NzNotificationService } from 'ng-zorro-antd/notification';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { FormsModule } from '@angular/forms';
import { AuthService } from '../core/auth.service';
import { I18nService, Lang } from '../core/i18n.service';
import { Permissions } from '../core/permissions';
import { StaffHubService } from '../core/staff-hub.service';
import { TPipe } from '../core/t.pipe';
import { menu } from './menu';

/** The frame of every page: side menu (by permission), user, tenant, language and sign-out. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, FormsModule, NzLayoutModule, NzMenuModule, NzIconModule, NzButtonModule, NzRadioModule, TPipe],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly items = computed(() => {
    const user = this.auth.user();
    return menu.filter((item) => item.side === user?.kind && this.auth.can(item.permission));
  });

  constructor() {
    // Low stock reaches the store's managers on whatever page they are (the hub puts them in their role's group).
    if (this.auth.user()?.kind === 'Merchant' && this.auth.can(Permissions.menuStock)) {
      const notification = inject(NzNotificationService);
      inject(StaffHubService).on<{ name: string; stock: number; threshold: number }>('stockLow').pipe(takeUntilDestroyed())
        .subscribe((e) => notification.warning(this.i18n.t('app.stockLow'), this.i18n.t('app.stockLowText', { name: e.name, stock: e.stock }),
          { nzClass: 'stock-low-notification' }));
    }
  }

  protected setLang(lang: Lang): void {
    this.i18n.setLang(lang);
  }
}
