import { TextTable } from '../../core/i18n.service';
import { stationTexts } from '../ordering/ordering.texts';

export const kitchenTexts: TextTable = {
  'kitchen.title': ['出品看板', 'Kitchen display'],
  'kitchen.live': ['实时', 'Live'],
  'kitchen.toMake': ['待制作汇总', 'To make'],
  'kitchen.tickets': ['出品单', 'Tickets'],
  'kitchen.empty': ['暂无待出品', 'Nothing to make'],
  'kitchen.batchTickets': ['{count} 单', '{count} tickets'],
  'kitchen.due': ['{time} 前', 'by {time}'],
  'kitchen.late': ['超时 {minutes} 分钟', '{minutes} min late'],
  'kitchen.delayed': ['超时 {count} 单', '{count} late'],
  'kitchen.start': ['开始', 'Start'],
  'kitchen.done': ['完成', 'Done'],
  'kitchen.itemDone': ['好了', 'Done'],
  'kitchen.priority.Vip': ['VIP', 'VIP'],
  'kitchen.priority.Urgent': ['加急', 'Urgent'],
  'kitchen.status.Queued': ['排队中', 'Queued'],
  'kitchen.status.Preparing': ['制作中', 'Preparing'],
  'kitchen.status.Done': ['已完成', 'Done'],
  'kitchen.status.Cancelled': ['已取消', 'Cancelled'],
  ...stationTexts,
};
