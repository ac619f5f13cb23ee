import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import en from '@angular/common/locales/en';
import zh from '@angular/common/locales/zh';
import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideOAuthClient } from 'angular-oauth2-oidc';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { routes } from './app.routes';
import { apiInterceptor } from './core/api.interceptor';
import { AuthService } from './core/auth.service';
import { I18nService } from './core/i18n.service';
import { icons } from './icons';
import { layoutTexts } from './layout/layout.texts';

registerLocaleData(zh);
registerLocaleData(en);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([apiInterceptor])),
    provideOAuthClient(),
    provideNzI18n(zh_CN),
    provideNzNativeDateAdapter(), // the date pickers (rebate rule validity, report days)
    provideNzIcons(icons),
    provideAppInitializer(() => {
      inject(I18nService).register(layoutTexts);
      return inject(AuthService).initialize();
    }),
  ],
};
