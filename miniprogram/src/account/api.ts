import type { HttpClient } from '../shared/http'

/** The customer's own account (`api/app/account`). */
export interface CustomerProfile {
  id: string
  displayName: string
  phoneNumber?: string | null
  birthday?: string | null
}

export function accountApi(http: HttpClient) {
  return {
    profile: () => http.get<CustomerProfile>('/api/app/account'),
    /** The code of a `getPhoneNumber` button (the simulator's `sim-…` code in H5). */
    bindPhone: (code: string) => http.post<CustomerProfile>('/api/app/account/phone', { code }),
    /** Once: the member level's birthday bonus depends on it (a second time is refused). */
    setBirthday: (birthday: string) => http.put<CustomerProfile>('/api/app/account/birthday', { birthday }),
  }
}
