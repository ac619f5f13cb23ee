import { ReactiveFormsModule, FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpaceModule } from 'ng-zorro-antd/space';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { HasPermissionDirective } from '../core/has-permission.directive';
import { TPipe } from '../core/t.pipe';

/** What most admin pages import: forms, tables, modals, the translation pipe and the permission directive. */
export const PAGE_IMPORTS = [
  FormsModule, ReactiveFormsModule, NzButtonModule, NzCardModule, NzCheckboxModule, NzFormModule, NzIconModule, NzInputModule,
  NzInputNumberModule, NzModalModule, NzPopconfirmModule, NzSelectModule, NzSpaceModule, NzSwitchModule, NzTableModule, NzTagModule,
  HasPermissionDirective, TPipe,
] as const;
