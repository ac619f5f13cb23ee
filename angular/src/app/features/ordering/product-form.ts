import { AbstractControl, FormArray, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { toFen, yuan } from '../../shared/paged';
import { ProductDto, SaveProductDto, SpecGroupDto, SpecOptionDto, Station } from './ordering.models';

/**
 * The product editor's form and its mapping to and from the API's SaveProductDto. The limits are the API's
 * (SaveProductValidator, ProductPrices, ProductSpecs), so the form refuses what the API would refuse.
 */
export const productLimits = {
  name: 64, description: 1000, images: 9, tags: 20, tag: 24, maxYuan: 1_000_000, maxDeltaYuan: 100_000, groups: 10, options: 20, code: 24,
  prepMinutes: 240, stockWarning: 100_000,
} as const;

/** Tags the customer menu and the recommender understand (ProductTags, time of day, "sharing"); free tags are allowed too. */
export const knownTags = ['hot', 'new', 'special', 'recommended', 'limited-time', 'party', 'business', 'couple', 'family', 'morning', 'afternoon',
  'evening', 'late-night', 'sharing'] as const;

const code = Validators.pattern(/^[A-Za-z0-9-]+$/);

/** Member and promotion prices may not exceed the regular price (ProductPrices.Validate). */
const notAbovePrice: ValidatorFn = (c) => {
  const price = c.parent?.get('price')?.value as number | null | undefined;
  return c.value !== null && price !== null && price !== undefined && c.value > price ? { abovePrice: true } : null;
};

/** Codes within one list must differ (group codes of a product, option codes of a group). */
function uniqueCodes(array: AbstractControl): ValidationErrors | null {
  const codes = (array.value as { code: string }[]).map((x) => x.code.trim()).filter((x) => x);
  return new Set(codes).size === codes.length ? null : { duplicateCodes: true };
}

const nonEmpty: ValidatorFn = (a) => ((a.value as unknown[]).length === 0 ? { empty: true } : null);

const tagsValid: ValidatorFn = (c) => {
  const tags = c.value as string[];
  return tags.length > productLimits.tags || tags.some((t) => t.trim().length > productLimits.tag) ? { tags: true } : null;
};

/** A code not yet used in the list: prefix + the next free number (g1, g2…; o1, o2…). */
export function nextCode(prefix: string, used: string[]): string {
  let n = used.length + 1;
  while (used.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function createProductForm(fb: NonNullableFormBuilder) {
  const yuanField = (...validators: ValidatorFn[]) =>
    fb.control<number | null>(null, [Validators.min(0), Validators.max(productLimits.maxYuan), ...validators]);
  return fb.group({
    categoryId: ['', Validators.required],
    name: ['', [Validators.required, Validators.maxLength(productLimits.name)]],
    nameEn: ['', Validators.maxLength(productLimits.name)],
    description: ['', Validators.maxLength(productLimits.description)],
    images: fb.control<string[]>([], (c) => ((c.value as string[]).length > productLimits.images ? { tooMany: true } : null)),
    tags: fb.control<string[]>([], tagsValid),
    price: [20 as number | null, [Validators.required, Validators.min(0), Validators.max(productLimits.maxYuan)]],
    originalPrice: yuanField(),
    memberPrice: yuanField(notAbovePrice),
    promotionPrice: yuanField(notAbovePrice),
    promotionEndsAt: [null as Date | null],
    counted: [false],
    stock: [0, [Validators.required, Validators.min(0)]],
    stockWarning: [5, [Validators.min(0), Validators.max(productLimits.stockWarning)]],
    prepMinutes: [5, [Validators.min(0), Validators.max(productLimits.prepMinutes)]],
    station: [null as Station | null],
    recommended: [false],
    sort: [0],
    specs: fb.array([] as ReturnType<typeof specGroup>[], uniqueCodes),
  });
}

export type ProductForm = ReturnType<typeof createProductForm>;

export function specGroup(fb: NonNullableFormBuilder, g?: SpecGroupDto, used: string[] = []) {
  return fb.group({
    code: [g?.code ?? nextCode('g', used), [Validators.required, Validators.maxLength(productLimits.code), code]],
    name: [g?.name ?? '', [Validators.required, Validators.maxLength(productLimits.code)]],
    required: [g?.required ?? false],
    multiple: [g?.multiple ?? false],
    options: fb.array((g?.options ?? [undefined]).map((o) => specOption(fb, o)), [nonEmpty, uniqueCodes]),
  });
}

export function specOption(fb: NonNullableFormBuilder, o?: SpecOptionDto, used: string[] = []) {
  return fb.group({
    code: [o?.code ?? nextCode('o', used), [Validators.required, Validators.maxLength(productLimits.code), code]],
    name: [o?.name ?? '', [Validators.required, Validators.maxLength(productLimits.code)]],
    delta: [o ? Number(yuan(o.deltaFen)) : 0, [Validators.required, Validators.min(0), Validators.max(productLimits.maxDeltaYuan)]],
  });
}

/** Fills the form with a product, or with the defaults of a new one in the given category. */
export function fillProductForm(form: ProductForm, fb: NonNullableFormBuilder, p: ProductDto | null, categoryId: string): void {
  const specs = form.controls.specs as FormArray;
  specs.clear();
  for (const g of p?.specs ?? []) specs.push(specGroup(fb, g));
  const money = (fen: number | null) => (fen === null ? null : Number(yuan(fen)));
  form.reset({
    categoryId: p?.categoryId ?? categoryId, name: p?.name ?? '', nameEn: p?.nameEn ?? '', description: p?.description ?? '',
    images: [...(p?.images ?? [])], tags: [...(p?.tags ?? [])], price: p ? money(p.priceFen) : 20, originalPrice: money(p?.originalPriceFen ?? null),
    memberPrice: money(p?.memberPriceFen ?? null), promotionPrice: money(p?.promotionPriceFen ?? null),
    promotionEndsAt: p?.promotionEndsAt ? new Date(p.promotionEndsAt) : null, counted: p ? p.stock !== null : false, stock: p?.stock ?? 0,
    stockWarning: p?.stockWarning ?? 5, prepMinutes: p?.prepMinutes ?? 5, station: p?.ownStation ?? null, recommended: p?.recommended ?? false,
    sort: p?.sort ?? 0,
  });
}

/** The form as the API's SaveProductDto: yuan → fen, empty texts → null, tags trimmed and lower-case like the API stores them. */
export function toSaveProductDto(form: ProductForm, storeId: string): SaveProductDto {
  const v = form.getRawValue();
  const fen = (value: number | null) => (value === null ? null : toFen(value));
  const text = (value: string) => value.trim() || null;
  const promotionPriceFen = fen(v.promotionPrice);
  return {
    storeId, categoryId: v.categoryId, name: v.name.trim(), nameEn: text(v.nameEn), description: text(v.description), images: v.images,
    tags: [...new Set(v.tags.map((t) => t.trim().toLowerCase()).filter((t) => t))], priceFen: toFen(v.price ?? 0),
    originalPriceFen: fen(v.originalPrice), memberPriceFen: fen(v.memberPrice), promotionPriceFen,
    promotionEndsAt: promotionPriceFen !== null && v.promotionEndsAt ? v.promotionEndsAt.toISOString() : null,
    specs: v.specs.map((g) => ({
      code: g.code.trim(), name: g.name.trim(), required: g.required, multiple: g.multiple,
      options: g.options.map((o) => ({ code: o.code.trim(), name: o.name.trim(), deltaFen: toFen(o.delta) })),
    })),
    stock: v.counted ? v.stock : null, stockWarning: v.stockWarning, recommended: v.recommended, prepMinutes: v.prepMinutes, station: v.station,
    sort: v.sort,
  };
}
