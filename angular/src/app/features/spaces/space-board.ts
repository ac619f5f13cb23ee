import { Component, computed, input, output } from '@angular/core';
import { NzDropdownModule } from 'ng-zorro-antd/dropdown';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { TPipe } from '../../core/t.pipe';
import { yuan } from '../../shared/paged';
import { SpaceDto, SpaceStatus, spaceTransitions } from './spaces.models';

interface FloorPlan {
  floor: number;
  columns: number | null;
  cells: { space: SpaceDto; column: number | null; row: number | null }[];
}

/**
 * The floor-plan grid of a store: one grid per floor, each space at its (x, y) cell, coloured by status. Clicking a
 * space offers the statuses it may move to (when the user may change statuses) and editing it (when they manage spaces).
 */
@Component({
  selector: 'app-space-board',
  imports: [NzDropdownModule, NzMenuModule, TPipe],
  templateUrl: './space-board.html',
  styleUrl: './space-board.css',
})
export class SpaceBoard {
  readonly spaces = input.required<SpaceDto[]>();
  readonly canChange = input(false);
  readonly canManage = input(false);
  readonly changeStatus = output<{ space: SpaceDto; status: SpaceStatus }>();
  readonly edit = output<SpaceDto>();
  protected readonly transitions = spaceTransitions;
  protected readonly yuan = yuan;

  protected readonly floors = computed<FloorPlan[]>(() => {
    const byFloor = new Map<number, SpaceDto[]>();
    for (const space of this.spaces()) byFloor.set(space.floor, [...(byFloor.get(space.floor) ?? []), space]);
    return [...byFloor.entries()]
      .sort(([a], [b]) => a - b)
      .map(([floor, spaces]) => {
        // Spaces placed on distinct cells keep their places; if two share a cell the floor flows in number order.
        const placed = new Set(spaces.map((s) => `${s.x},${s.y}`)).size === spaces.length;
        const ordered = [...spaces].sort((a, b) => a.y - b.y || a.x - b.x || a.number.localeCompare(b.number));
        const columns = placed ? Math.max(...spaces.map((s) => s.x)) + 1 : null;
        return { floor, columns, cells: ordered.map((space) => ({ space, column: placed ? space.x + 1 : null, row: placed ? space.y + 1 : null })) };
      });
  });
}
