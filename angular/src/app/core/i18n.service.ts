import { Injectable, computed, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';

/** The two languages of the admin: zh-CN by default (zh-Hans for the API), English switchable. */
export type Lang = 'zh-CN' | 'en';

/** A feature's texts: key → [zh-CN, en]. Each feature folder keeps its own small table. */
export type TextTable = Record<string, readonly [string, string]>;

const storageKey = 'locallife.admin.lang';

@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly zorro = inject(NzI18nService, { optional: true });
  private readonly tables = new Map<string, readonly [string, string]>();

  readonly lang = signal<Lang>(readStoredLang());
  /** The value the API understands in Accept-Language. */
  readonly apiLanguage = computed(() => (this.lang() === 'en' ? 'en' : 'zh-Hans'));

  constructor() {
    this.applyZorro(this.lang());
  }

  register(table: TextTable): void {
    for (const [key, texts] of Object.entries(table)) this.tables.set(key, texts);
  }

  /** The text of a key in the current language; `{name}` placeholders are filled from args. */
  t(key: string, args?: Record<string, string | number>): string {
    const texts = this.tables.get(key);
    let text = texts ? texts[this.lang() === 'en' ? 1 : 0] : key;
    if (args) for (const [name, value] of Object.entries(args)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  }

  /** Of a name the API gives in both languages (nameZhHans, nameEn), the one to show. */
  pick(zh: string, en: string | null | undefined): string {
    return this.lang() === 'en' && en ? en : zh;
  }

  setLang(lang: Lang): void {
    this.lang.set(lang);
    localStorage.setItem(storageKey, lang);
    this.applyZorro(lang);
  }

  private applyZorro(lang: Lang): void {
    this.zorro?.setLocale(lang === 'en' ? en_US : zh_CN);
    document.documentElement.lang = lang;
  }
}

function readStoredLang(): Lang {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}
