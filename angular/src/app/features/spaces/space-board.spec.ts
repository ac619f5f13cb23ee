import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n.service';
import { SpaceBoard } from './space-board';
import { SpaceDto } from './spaces.models';
import { spacesTexts } from './spaces.texts';

function space(number: string, x: number, y: number, status: SpaceDto['status'], floor = 1): SpaceDto {
  return {
    id: `id-${number}`, storeId: 's', number, name: `包间 ${number}`, kind: 'Room', typeCode: 'small', typeName: '小包', minCapacity: 2, maxCapacity: 6,
    facilities: [], features: [], description: null, floor, x, y, basePriceFen: 15800, priceNowFen: 15800, minimumSpendFen: 0,
    priceRules: [], depositPercent: 30, depositPercentOverride: null, status, statusChangedAt: null, concurrencyStamp: '',
  };
}

describe('SpaceBoard', () => {
  beforeEach(() => {
    localStorage.removeItem('locallife.admin.lang');
    TestBed.inject(I18nService).register(spacesTexts);
  });

  it('places each space at its cell of its floor, coloured by status', async () => {
    const fixture = TestBed.createComponent(SpaceBoard);
    fixture.componentRef.setInput('spaces', [space('A01', 0, 0, 'Free'), space('A02', 2, 1, 'InUse'), space('B01', 0, 0, 'Maintenance', 2)]);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    expect([...el.querySelectorAll('section.floor')].map((s) => s.getAttribute('data-floor'))).toEqual(['1', '2']);
    const a02 = el.querySelector<HTMLElement>('[data-space="A02"]')!;
    expect(a02.classList).toContain('status-InUse');
    expect(a02.style.gridColumn).toContain('3');
    expect(a02.style.gridRow).toContain('2');
    expect(a02.textContent).toContain('使用中');
    expect(getComputedStyle(el.querySelector('[data-space="A01"]')!).backgroundColor).toBe('rgb(82, 196, 26)');
  });

  it('offers the statuses a space may move to and emits the choice', async () => {
    const fixture = TestBed.createComponent(SpaceBoard);
    fixture.componentRef.setInput('spaces', [space('A01', 0, 0, 'InUse')]);
    fixture.componentRef.setInput('canChange', true);
    const chosen: string[] = [];
    fixture.componentInstance.changeStatus.subscribe((e) => chosen.push(`${e.space.number}→${e.status}`));
    await fixture.whenStable();

    (fixture.nativeElement.querySelector('[data-space="A01"]') as HTMLElement).click();
    // The menu opens in an overlay a moment later.
    const options = await vi.waitFor(() => {
      const items = [...document.querySelectorAll<HTMLElement>('li[data-to]')];
      expect(items.length).toBeGreaterThan(0);
      return items;
    });
    expect(options.map((o) => o.dataset['to'])).toEqual(['Cleaning', 'Free']);
    options[0].click();
    expect(chosen).toEqual(['A01→Cleaning']);
  });

  it('offers a manager without status rights only editing', async () => {
    TestBed.inject(I18nService).register({ 'common.edit': ['编辑', 'Edit'] });
    const fixture = TestBed.createComponent(SpaceBoard);
    fixture.componentRef.setInput('spaces', [space('B02', 0, 0, 'Free')]);
    fixture.componentRef.setInput('canManage', true);
    const edited: string[] = [];
    fixture.componentInstance.edit.subscribe((s) => edited.push(s.number));
    await fixture.whenStable();

    (fixture.nativeElement.querySelector('[data-space="B02"]') as HTMLElement).click();
    const edit = await vi.waitFor(() => {
      const item = document.querySelector<HTMLElement>('li[data-edit]');
      if (!item) throw new Error('the menu is not open yet');
      return item;
    });
    expect(document.querySelectorAll('li[data-to]').length).toBe(0);
    edit.click();
    expect(edited).toEqual(['B02']);
  });
});
