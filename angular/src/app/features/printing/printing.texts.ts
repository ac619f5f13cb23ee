import { TextTable } from '../../core/i18n.service';
import { stationTexts } from '../ordering/ordering.texts';

export const printingTexts: TextTable = {
  'printers.title': ['打印机', 'Printers'],
  'printers.add': ['添加打印机', 'Add printer'],
  'printers.empty': ['还没有打印机', 'No printers yet'],
  'printers.kind': ['用途', 'Kind'],
  'printers.kind.KitchenTicket': ['出品单', 'Kitchen tickets'],
  'printers.kind.Receipt': ['小票', 'Receipts'],
  'printers.station': ['出品档口', 'Station'],
  'printers.connection': ['连接方式', 'Connection'],
  'printers.connection.Network': ['网络 (IP)', 'Network (IP)'],
  'printers.connection.Cloud': ['云打印', 'Cloud'],
  'printers.host': ['地址', 'Host'],
  'printers.port': ['端口', 'Port'],
  'printers.state.Ok': ['正常', 'OK'],
  'printers.state.Error': ['故障', 'Error'],
  'printers.lastPrinted': ['最近打印', 'Last printed'],
  'printers.test': ['测试打印', 'Test print'],
  'printers.testOk': ['测试页已打印', 'Test page printed'],
  ...stationTexts,
};
