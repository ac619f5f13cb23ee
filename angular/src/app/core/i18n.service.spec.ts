import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => localStorage.removeItem('locallife.admin.lang'));

  it('speaks Chinese by default and switches to English, remembering the choice', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.register({ 'greet': ['你好，{name}', 'Hello, {name}'] });

    expect(i18n.lang()).toBe('zh-CN');
    expect(i18n.apiLanguage()).toBe('zh-Hans');
    expect(i18n.t('greet', { name: '张三' })).toBe('你好，张三');

    i18n.setLang('en');
    expect(i18n.t('greet', { name: 'Li' })).toBe('Hello, Li');
    expect(i18n.apiLanguage()).toBe('en');
    expect(localStorage.getItem('locallife.admin.lang')).toBe('en');
  });

  it('picks the name in the current language, Chinese when there is no English one', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.pick('茶楼', 'Tea house')).toBe('茶楼');
    i18n.setLang('en');
    expect(i18n.pick('茶楼', 'Tea house')).toBe('Tea house');
    expect(i18n.pick('茶楼', null)).toBe('茶楼');
  });

  it('shows the key of a text nobody registered', () => {
    expect(TestBed.inject(I18nService).t('no.such.key')).toBe('no.such.key');
  });
});
