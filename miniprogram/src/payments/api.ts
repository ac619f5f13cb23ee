import type { HttpClient } from '../shared/http'
import type { Payment } from './types'

/** The customer's own payments (`api/app/payments`), and the WeChat simulator's "confirm on the phone" for H5. */
export function paymentsApi(http: HttpClient) {
  return {
    get: (id: string) => http.get<Payment>(`/api/app/payments/${id}`),
    /** Asks the host to check WeChat Pay for the result (after `requestPayment` returns). */
    sync: (id: string) => http.post<Payment>(`/api/app/payments/${id}/sync`),
    /**
     * H5 only, in the Demo environment: the simulator plays the customer confirming in WeChat and sends the signed,
     * encrypted notification to the host's real notify endpoint.
     */
    simulate: (outTradeNo: string) => http.post<unknown>(`/wechat-sim/sim/pay/${encodeURIComponent(outTradeNo)}`, undefined, { auth: 'none' }),
  }
}

export type PaymentsApi = ReturnType<typeof paymentsApi>
