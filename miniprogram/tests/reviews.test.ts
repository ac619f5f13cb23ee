import { describe, expect, it } from 'vitest'
import { reviewsApi } from '../src/reviews/api'
import { createHttpClient } from '../src/shared/http'
import {
  canReview, emptyReviewForm, maxTags, maxTextLength, problemOf, reviewTags, setStars, setText, starsText, submittedText, tagLabel, toggleTag, toSubmit,
} from '../src/reviews/form'
import { fakeTransport, ok } from './fakeTransport'

describe('review form', () => {
  it('cannot be sent before a star is given, and clamps stars to one to five', () => {
    expect(problemOf(emptyReviewForm)).toBe('请先打分')
    expect(setStars(emptyReviewForm, 0).stars).toBe(1)
    expect(setStars(emptyReviewForm, 9).stars).toBe(5)
    expect(problemOf(setStars(emptyReviewForm, 4))).toBeNull()
  })

  it('toggles known tags only, up to the limit', () => {
    let f = toggleTag(emptyReviewForm, 'good-service')
    f = toggleTag(f, 'made-up')
    f = toggleTag(f, 'good-value')
    expect(f.tags).toEqual(['good-service', 'good-value'])
    expect(toggleTag(f, 'good-service').tags).toEqual(['good-value'])
    const all = reviewTags.reduce((form, t) => toggleTag(form, t.code), emptyReviewForm)
    expect(all.tags).toHaveLength(maxTags)
    expect(tagLabel('nice-environment')).toBe('环境棒')
  })

  it('cuts the text at the limit and sends it trimmed, without images', () => {
    expect(setText(emptyReviewForm, 'a'.repeat(maxTextLength + 20)).text).toHaveLength(maxTextLength)
    const form = { stars: 5, tags: ['clean'], text: '  很干净  ' }
    expect(toSubmit(form, 'Booking', 'b1')).toEqual({ sourceKind: 'Booking', sourceId: 'b1', stars: 5, text: '很干净', tags: ['clean'], images: [] })
  })

  it('offers a review only for a finished source not reviewed yet, and says what happened after sending', () => {
    expect(canReview({ status: 'Completed' }, 'Order', undefined)).toBe(true)
    expect(canReview({ status: 'Delivered' }, 'Order', undefined)).toBe(false)
    expect(canReview({ status: 'Completed' }, 'Booking', { status: 'Pending' } as never)).toBe(false)
    expect(submittedText({ status: 'Published', rejectionReason: null })).toContain('已发布')
    expect(submittedText({ status: 'Pending', rejectionReason: null })).toContain('审核')
    expect(submittedText({ status: 'Rejected', rejectionReason: 'blocked-words: x' })).toContain('未通过')
    expect(starsText(3.6)).toBe('★★★★☆')
  })
})

describe('reviews api', () => {
  it('writes, reads mine by source, and reads a store anonymously when signed out', async () => {
    const { transport, requests } = fakeTransport(() => ok({ items: [], totalCount: 0 }))
    const api = reviewsApi(createHttpClient(transport, { ensure: async () => 't', peek: () => null, renew: async () => 't' }))
    await api.submit({ sourceKind: 'Order', sourceId: 'o1', stars: 5, text: '', tags: [], images: [] })
    await api.mine('o1', 0, 1)
    await api.store('s1')
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/app/reviews',
      'GET /api/app/reviews/mine?sourceId=o1&skip=0&take=1',
      'GET /api/app/stores/s1/reviews?skip=0&take=5',
    ])
    expect(requests[2].headers.Authorization).toBeUndefined()
  })
})

describe('review photos', () => {
  it('accepts JPEG, PNG and WebP by type or extension', async () => {
    const { photoContentType } = await import('../src/reviews/photos')
    expect(photoContentType('blob:http://x/abc', 'image/png')).toBe('image/png')
    expect(photoContentType('wxfile://tmp/a.JPG')).toBe('image/jpeg')
    expect(photoContentType('http://tmp/a.webp?x=1')).toBe('image/webp')
    expect(photoContentType('a.gif', 'image/gif')).toBeNull()
  })

  it('keeps at most nine, without duplicates, and removes by name', async () => {
    const { addPhoto, maxPhotos, photosLeft, removePhoto } = await import('../src/reviews/photos')
    let photos = Array.from({ length: 12 }, (_, i) => ({ name: `n${i}`, preview: `p${i}` })).reduce(addPhoto, [] as { name: string; preview: string }[])
    expect(photos).toHaveLength(maxPhotos)
    expect(photosLeft(photos)).toBe(0)
    photos = removePhoto(photos, 'n0')
    expect(addPhoto(photos, { name: 'n1', preview: 'x' })).toHaveLength(maxPhotos - 1)
    expect(photosLeft(photos)).toBe(1)
  })

  it('sends the uploaded names with the review, and asks for an upload link', async () => {
    expect(toSubmit({ stars: 4, tags: [], text: '' }, 'Order', 'o1', ['a/b.png']).images).toEqual(['a/b.png'])
    const { transport, requests } = fakeTransport(() => ok({ name: 'a/b.png', uploadUrl: 'http://x/u', contentType: 'image/png', expiresAt: '' }))
    const api = reviewsApi(createHttpClient(transport, { ensure: async () => 't', peek: () => 't', renew: async () => 't' }))
    await api.requestImageUpload('image/png', 123)
    expect(requests[0].url).toBe('/api/app/reviews/images')
    expect(requests[0].data).toEqual({ contentType: 'image/png', sizeBytes: 123 })
  })
})
