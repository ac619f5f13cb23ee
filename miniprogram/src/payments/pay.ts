import Taro from '@tarojs/taro'
import { isH5 } from '../shared/platform'
import { payments } from '../shared/apis'
import type { Payment, RequestPayment } from './types'

/**
 * Pays a payment the API created: `wx.requestPayment` in the mini-program; in H5 (no WeChat Pay in a browser) the
 * WeChat simulator. Either way the host learns the result from WeChat's notification, then from a sync query.
 */
export async function pay(paymentId: string, request: RequestPayment): Promise<Payment> {
  if (isH5) {
    const payment = await payments.get(paymentId)
    await payments.simulate(payment.outTradeNo)
  } else {
    await Taro.requestPayment({
      timeStamp: request.timeStamp,
      nonceStr: request.nonceStr,
      package: request.package,
      signType: request.signType as 'RSA',
      paySign: request.paySign,
    })
  }
  return payments.sync(paymentId)
}
