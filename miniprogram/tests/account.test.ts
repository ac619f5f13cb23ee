import { describe, expect, it } from 'vitest'
import { accountApi } from '../src/account/api'
import { createHttpClient } from '../src/shared/http'
import { fakeTransport, ok } from './fakeTransport'

describe('account API', () => {
  it('reads the profile, binds the phone with the button\'s code and sets the birthday', async () => {
    const { transport, requests } = fakeTransport(() => ok({}))
    const api = accountApi(createHttpClient(transport, { ensure: async () => 't', peek: () => 't', renew: async () => 't' }))
    await api.profile()
    await api.bindPhone('code-1')
    await api.setBirthday('1995-05-01')
    expect(requests.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.data ?? null)}`)).toEqual([
      'GET /api/app/account null',
      'POST /api/app/account/phone {"code":"code-1"}',
      'PUT /api/app/account/birthday {"birthday":"1995-05-01"}',
    ])
  })
})
