import { Component, OnInit, inject, signal } from '@angular/core';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { CatalogApi } from './catalog.api';
import { CategoryDto } from './catalog.models';
import { catalogTexts } from './catalog.texts';

/** Platform: the business categories (KTV, tea house, café, ...) with their space types and menu templates; enable or disable each. */
@Component({
  selector: 'app-categories-page',
  imports: [...PAGE_IMPORTS],
  template: `
    <nz-card [nzTitle]="'categories.title' | t">
      <nz-table #table [nzData]="categories()" [nzShowPagination]="false" data-testid="categories-table">
        <thead><tr>
          <th>{{ 'categories.code' | t }}</th><th>{{ 'common.name' | t }}</th><th>{{ 'categories.spaceTypes' | t }}</th>
          <th>{{ 'categories.productCategories' | t }}</th><th>{{ 'categories.enabled' | t }}</th>
        </tr></thead>
        <tbody>
          @for (c of table.data; track c.code) {
            <tr [attr.data-category]="c.code">
              <td>{{ c.code }}</td>
              <td>{{ i18n.pick(c.nameZhHans, c.nameEn) }}</td>
              <td>@for (t of c.spaceTypes; track t.code) { <nz-tag>{{ i18n.pick(t.nameZhHans, t.nameEn) }}</nz-tag> }</td>
              <td>@for (p of c.productCategories; track p.code) { <nz-tag>{{ i18n.pick(p.nameZhHans, p.nameEn) }} · {{ p.station }}</nz-tag> }</td>
              <td><nz-switch [ngModel]="c.isEnabled" (ngModelChange)="setEnabled(c, $event)" [nzDisabled]="!canManage" /></td>
            </tr>
          }
        </tbody>
      </nz-table>
    </nz-card>
  `,
})
export class CategoriesPage implements OnInit {
  private readonly api = inject(CatalogApi);
  protected readonly i18n = inject(I18nService);
  protected readonly categories = signal<CategoryDto[]>([]);
  protected readonly canManage = inject(AuthService).can(Permissions.categoriesManage);

  constructor() {
    this.i18n.register(catalogTexts);
  }

  ngOnInit(): void {
    this.api.categories().subscribe((list) => this.categories.set(list));
  }

  setEnabled(category: CategoryDto, enabled: boolean): void {
    this.api.setCategoryEnabled(category.code, enabled).subscribe((updated) => this.categories.update((list) => list.map((c) => (c.code === updated.code ? updated : c))));
  }
}
