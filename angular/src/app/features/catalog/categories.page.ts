import { Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthService } from '../../core/auth.service';
import { I18nService } from '../../core/i18n.service';
import { Permissions } from '../../core/permissions';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { CatalogApi } from './catalog.api';
import { CategoryDto, ProductCategoryTemplateDto, SpaceKind, SpaceTypeDto } from './catalog.models';
import { catalogTexts } from './catalog.texts';

const code = /^[a-z0-9-]+$/;

/**
 * Platform: the business categories (KTV, tea house, café, ...) with their space types and menu templates; create, edit,
 * enable or disable each. A new category starts disabled unless the operator says otherwise.
 */
@Component({
  selector: 'app-categories-page',
  imports: [...PAGE_IMPORTS],
  templateUrl: './categories.page.html',
})
export class CategoriesPage implements OnInit {
  private readonly api = inject(CatalogApi);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18nService);
  protected readonly P = Permissions;
  protected readonly categories = signal<CategoryDto[]>([]);
  protected readonly canManage = inject(AuthService).can(Permissions.categoriesManage);
  protected readonly kinds: SpaceKind[] = ['Room', 'Booth', 'Table', 'Station'];
  protected readonly stations = ['bar', 'kitchen', 'service'];
  /** null: closed; 'new': creating; else the code of the category being edited. */
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = this.fb.group({
    code: ['', [Validators.required, Validators.maxLength(32), Validators.pattern(/^[a-z][a-z0-9-]*$/)]],
    nameZhHans: ['', [Validators.required, Validators.maxLength(64)]],
    nameEn: ['', [Validators.required, Validators.maxLength(64)]],
    icon: [''],
    description: [''],
    sortOrder: [0],
    isEnabled: [false],
    spaceTypes: this.fb.array([this.spaceTypeRow()]),
    productCategories: this.fb.array([this.productCategoryRow()]),
  });

  constructor() {
    this.i18n.register(catalogTexts);
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.api.categories().subscribe((list) => this.categories.set(list));
  }

  spaceTypeRow(t?: SpaceTypeDto) {
    return this.fb.group({
      code: [t?.code ?? '', [Validators.required, Validators.pattern(code)]],
      kind: [t?.kind ?? ('Room' as SpaceKind)],
      nameZhHans: [t?.nameZhHans ?? '', Validators.required],
      nameEn: [t?.nameEn ?? '', Validators.required],
    });
  }

  productCategoryRow(p?: ProductCategoryTemplateDto) {
    return this.fb.group({
      code: [p?.code ?? '', [Validators.required, Validators.pattern(code)]],
      nameZhHans: [p?.nameZhHans ?? '', Validators.required],
      nameEn: [p?.nameEn ?? '', Validators.required],
      station: [p?.station ?? 'bar'],
    });
  }

  openCreate(): void {
    this.fill(null);
    this.form.controls.code.enable();
    this.editing.set('new');
  }

  openEdit(category: CategoryDto): void {
    this.fill(category);
    this.form.controls.code.disable();
    this.editing.set(category.code);
  }

  save(): void {
    const editing = this.editing();
    if (!editing) return;
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    const v = this.form.getRawValue();
    const input = {
      nameZhHans: v.nameZhHans.trim(), nameEn: v.nameEn.trim(), icon: v.icon.trim() || null, description: v.description.trim() || null,
      sortOrder: v.sortOrder, spaceTypes: v.spaceTypes, productCategories: v.productCategories,
    };
    const call = editing === 'new' ? this.api.createCategory({ ...input, code: v.code.trim(), isEnabled: v.isEnabled }) : this.api.updateCategory(editing, input);
    this.busy.set(true);
    call.subscribe({
      next: () => { this.busy.set(false); this.editing.set(null); this.message.success(this.i18n.t('common.saved')); this.load(); },
      error: () => this.busy.set(false), // shown globally; the form stays open
    });
  }

  setEnabled(category: CategoryDto, enabled: boolean): void {
    this.api.setCategoryEnabled(category.code, enabled).subscribe({
      next: (updated) => this.categories.update((list) => list.map((c) => (c.code === updated.code ? updated : c))),
      error: () => this.load(),
    });
  }

  private fill(c: CategoryDto | null): void {
    this.form.controls.spaceTypes.clear();
    for (const t of c?.spaceTypes ?? [undefined]) this.form.controls.spaceTypes.push(this.spaceTypeRow(t));
    this.form.controls.productCategories.clear();
    for (const p of c?.productCategories ?? [undefined]) this.form.controls.productCategories.push(this.productCategoryRow(p));
    this.form.reset({
      code: c?.code ?? '', nameZhHans: c?.nameZhHans ?? '', nameEn: c?.nameEn ?? '', icon: c?.icon ?? '', description: c?.description ?? '',
      sortOrder: c?.sortOrder ?? Math.max(0, ...this.categories().map((x) => x.sortOrder)) + 10, isEnabled: c?.isEnabled ?? false,
    });
  }
}
