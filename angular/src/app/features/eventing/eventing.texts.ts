import { TextTable } from '../../core/i18n.service';

export const eventingTexts: TextTable = {
  'events.title': ['集成事件', 'Integration events'],
  'events.hint': ['发件箱中的事件：待发送的由后台自动投递，失败的可在此重新发送', 'The outbox: pending events are relayed automatically; failed ones can be sent again here'],
  'events.pending': ['待发送', 'Pending'],
  'events.failed': ['失败', 'Failed'],
  'events.published': ['已发送', 'Published'],
  'events.failedList': ['发送失败的事件', 'Failed events'],
  'events.name': ['事件', 'Event'],
  'events.tenant': ['商户', 'Tenant'],
  'events.host': ['平台', 'Platform'],
  'events.attempts': ['尝试次数', 'Attempts'],
  'events.lastError': ['最后错误', 'Last error'],
  'events.created': ['创建时间', 'Created'],
  'events.lastAttempt': ['最后尝试', 'Last attempt'],
  'events.retry': ['重新发送', 'Send again'],
  'events.retried': ['已重新排队发送', 'Queued to send again'],
  'events.none': ['没有失败的事件', 'No failed events'],
};
