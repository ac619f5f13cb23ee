import { Component } from '@angular/core';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TPipe } from '../core/t.pipe';

@Component({
  selector: 'app-forbidden',
  imports: [NzResultModule, TPipe],
  template: `<nz-result nzStatus="403" [nzTitle]="'app.forbidden' | t" />`,
})
export class Forbidden {}
