import { accountApi } from '../account/api'
import { bookingsApi } from '../bookings/api'
import { catalogApi } from '../catalog/api'
import { loyaltyApi } from '../loyalty/api'
import { marketingApi } from '../marketing/api'
import { orderingApi } from '../ordering/api'
import { paymentsApi } from '../payments/api'
import { reviewsApi } from '../reviews/api'
import { http } from './platform'

/** The feature clients, bound to the app's HTTP client. */
export const catalog = catalogApi(http)
export const bookings = bookingsApi(http)
export const loyalty = loyaltyApi(http)
export const payments = paymentsApi(http)
export const ordering = orderingApi(http)
export const account = accountApi(http)
export const reviews = reviewsApi(http)
export const marketing = marketingApi(http)
