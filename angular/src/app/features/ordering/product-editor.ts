import { Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../../core/i18n.service';
import { ImageDto, MediaApi, imageRules } from '../../shared/media.api';
import { PAGE_IMPORTS } from '../../shared/zorro';
import { OrderingApi } from './ordering.api';
import { ProductCategoryDto, ProductDto, Station } from './ordering.models';
import { createProductForm, fillProductForm, knownTags, productLimits, specGroup, specOption, toSaveProductDto } from './product-form';

/**
 * Creates or edits a product of the menu in a drawer: texts, photos (uploaded, reordered; the first is the cover), prices,
 * specs with their price deltas, tags, station, stock and sort. Stock of an existing product moves through the stock actions.
 */
@Component({
  selector: 'app-product-editor',
  imports: [...PAGE_IMPORTS, NzDrawerModule, NzDatePickerModule],
  templateUrl: './product-editor.html',
  styleUrl: './product-editor.css',
})
export class ProductEditor {
  private readonly api = inject(OrderingApi);
  private readonly media = inject(MediaApi);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18nService);
  readonly categories = input.required<ProductCategoryDto[]>();
  readonly saved = output<ProductDto>();

  protected readonly limits = productLimits;
  protected readonly knownTags = knownTags;
  protected readonly stations: Station[] = ['Bar', 'Kitchen', 'Service'];
  protected readonly accept = imageRules.types.join(',');
  protected readonly form = createProductForm(this.fb);
  /** null: closed; else the product being edited, or 'new'. */
  protected readonly editing = signal<ProductDto | 'new' | null>(null);
  protected readonly uploading = signal(0);
  protected readonly busy = signal(false);
  private storeId = '';

  constructor() {
    // Member and promotion prices are checked against the regular price, so a new price re-checks them.
    this.form.controls.price.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      this.form.controls.memberPrice.updateValueAndValidity({ emitEvent: false });
      this.form.controls.promotionPrice.updateValueAndValidity({ emitEvent: false });
    });
  }

  get specs() {
    return this.form.controls.specs as FormArray<ReturnType<typeof specGroup>>;
  }

  open(storeId: string, product: ProductDto | null): void {
    this.storeId = storeId;
    fillProductForm(this.form, this.fb, product, this.categories()[0]?.id ?? '');
    this.editing.set(product ?? 'new');
  }

  close(): void {
    this.editing.set(null);
  }

  categoryLabel(c: ProductCategoryDto): string {
    return `${this.i18n.pick(c.nameZhHans, c.nameEn)} · ${this.i18n.t('station.' + c.station)}`;
  }

  /** "Category default (Bar)", shown while the product has no station of its own (the select is empty, null). */
  defaultStation(): string {
    const category = this.categories().find((c) => c.id === this.form.controls.categoryId.value);
    return this.i18n.t('product.stationDefault', { station: category ? this.i18n.t('station.' + category.station) : '' });
  }

  tagLabel(tag: string): string {
    return `${this.i18n.t('product.tag.' + tag)} · ${tag}`;
  }

  /** Uploads the chosen pictures one by one; a refused file (type, size, count) is named and skipped. */
  upload(input: HTMLInputElement): void {
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      if (this.form.controls.images.value.length + this.uploading() >= productLimits.images) {
        this.message.error(this.i18n.t('product.tooManyImages', { max: productLimits.images }));
        return;
      }
      if (!(imageRules.types as readonly string[]).includes(file.type) || file.size > imageRules.maxBytes) {
        this.message.error(this.i18n.t('product.badImage', { name: file.name }));
        continue;
      }
      this.uploading.update((n) => n + 1);
      this.media.uploadImage(file).subscribe({
        next: (image) => { this.uploading.update((n) => n - 1); this.addImage(image); },
        error: () => this.uploading.update((n) => n - 1), // the problem is shown globally
      });
    }
  }

  moveImage(index: number, by: -1 | 1): void {
    const images = [...this.form.controls.images.value];
    [images[index], images[index + by]] = [images[index + by], images[index]];
    this.form.controls.images.setValue(images);
  }

  removeImage(index: number): void {
    this.form.controls.images.setValue(this.form.controls.images.value.filter((_, i) => i !== index));
  }

  addGroup(): void {
    this.specs.push(specGroup(this.fb, undefined, this.specs.getRawValue().map((g) => g.code)));
  }

  addOption(group: ReturnType<typeof specGroup>): void {
    group.controls.options.push(specOption(this.fb, undefined, group.controls.options.getRawValue().map((o) => o.code)));
  }

  save(): void {
    const editing = this.editing();
    if (!editing || this.uploading() > 0) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.message.error(this.i18n.t('product.invalid'));
      return;
    }
    const input = toSaveProductDto(this.form, this.storeId);
    const call = editing === 'new' ? this.api.createProduct(input) : this.api.updateProduct(editing.id, { ...input, stock: editing.stock });
    this.busy.set(true);
    call.subscribe({
      next: (product) => { this.busy.set(false); this.editing.set(null); this.saved.emit(product); },
      error: () => this.busy.set(false), // shown globally; the editor stays open
    });
  }

  /** The upload's same-host address (/api/media/images/…) is what the product keeps: it works wherever the app is served. */
  private addImage(image: ImageDto): void {
    this.form.controls.images.setValue([...this.form.controls.images.value, image.url]);
  }
}
