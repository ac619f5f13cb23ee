import { describe, expect, it } from 'vitest'
import { price, yuan } from '../src/shared/money'
import { toBase64 } from '../src/shared/base64'
import { mediaUrl } from '../src/shared/media'
import { errorText, problemMessage, toApiError } from '../src/shared/problem'
import { nextLevelText, signed } from '../src/loyalty/labels'

describe('money', () => {
  it('shows fen as yuan without trailing zeros', () => {
    expect([yuan(15800), yuan(4740), yuan(2745), yuan(5), yuan(0), yuan(-2000)]).toEqual(['158', '47.4', '27.45', '0.05', '0', '-20'])
    expect(price(8800)).toBe('¥88')
  })
})

describe('base64', () => {
  it('encodes like the platform does', () => {
    const text = 'LocalLife 本地生活'
    const bytes = new TextEncoder().encode(text)
    expect(toBase64(bytes)).toBe(Buffer.from(text).toString('base64'))
    expect(toBase64(new Uint8Array([1]))).toBe('AQ==')
    expect(toBase64(new Uint8Array([1, 2]).buffer)).toBe('AQI=')
  })
})

describe('problem details', () => {
  it('prefers the zh-Hans message, then the title, then field errors', () => {
    expect(problemMessage(409, { title: 'x', messages: { 'zh-Hans': '已被预订' } })).toBe('已被预订')
    expect(problemMessage(400, { errors: { PartySize: ['人数超出范围'] } })).toBe('人数超出范围')
    expect(problemMessage(404, '')).toBe('内容不存在或已下架')
    expect(toApiError(500, JSON.stringify({ code: 'C', title: '服务器错误' }))).toMatchObject({ code: 'C', message: '服务器错误' })
    expect(errorText({ errMsg: 'requestPayment:fail cancel' })).toBe('requestPayment:fail cancel')
  })
})

describe('loyalty labels', () => {
  it('says how far the next level is', () => {
    const account = { nextLevelName: '金卡会员', spendToNextLevelFen: 12000 } as Parameters<typeof nextLevelText>[0]
    expect(nextLevelText(account)).toBe('再消费 ¥120 升级为金卡会员')
    expect(nextLevelText({ ...account, nextLevelName: null })).toBe('已是最高等级')
    expect([signed(5), signed(-5)]).toEqual(['+5', '-5'])
  })
})

describe('mediaUrl', () => {
  it('puts the API host before a same-host picture path and leaves absolute URLs alone', () => {
    expect(mediaUrl('/api/media/images/t/a.png', '')).toBe('/api/media/images/t/a.png')
    expect(mediaUrl('/api/media/images/t/a.png', 'https://api.example.com')).toBe('https://api.example.com/api/media/images/t/a.png')
    expect(mediaUrl('https://cdn.example.com/a.png', 'https://api.example.com')).toBe('https://cdn.example.com/a.png')
  })
})
