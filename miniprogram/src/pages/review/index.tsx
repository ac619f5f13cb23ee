import { Image, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { reviews } from '../../shared/apis'
import { showError } from '../../shared/ui'
import { Chips } from '../../components/Chips'
import { emptyReviewForm, maxTextLength, problemOf, reviewTags, setStars, setText, starWords, submittedText, toggleTag, toSubmit } from '../../reviews/form'
import { addPhoto, photosLeft, removePhoto, type Photo } from '../../reviews/photos'
import { chooseAndUpload } from '../../reviews/upload'
import type { ReviewSourceKind } from '../../reviews/types'
import './index.scss'

/** Writing the review of a completed order or a finished booking: stars, tags and text (`?kind=Order|Booking&id=…&store=…`). */
export default function ReviewPage() {
  const params = useRouter().params
  const kind: ReviewSourceKind = params.kind === 'Booking' ? 'Booking' : 'Order'
  const id = params.id ?? ''
  const storeName = decodeURIComponent(params.store ?? '')
  const [form, setForm] = useState(emptyReviewForm)
  const [sending, setSending] = useState(false)
  const [photos, setPhotos] = useState<Photo[]>([])
  const [uploading, setUploading] = useState(false)
  const problem = problemOf(form)

  async function addPhotos() {
    setUploading(true)
    try {
      const added = await chooseAndUpload(photosLeft(photos))
      setPhotos((list) => added.reduce(addPhoto, list))
    } catch (e) {
      // Closing the picker without choosing is not an error.
      if (!/cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))) showError(e)
    } finally {
      setUploading(false)
    }
  }

  async function submit() {
    if (problem || uploading) {
      void Taro.showToast({ title: problem ?? '图片上传中，请稍候', icon: 'none' })
      return
    }
    setSending(true)
    try {
      const review = await reviews.submit(toSubmit(form, kind, id, photos.map((p) => p.name)))
      await Taro.showModal({ title: '评价', content: submittedText(review), showCancel: false })
      void Taro.navigateBack()
    } catch (e) {
      showError(e)
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='page'>
      <View className='card'>
        {storeName && <View className='title'>{storeName}</View>}
        <View className='muted'>{kind === 'Order' ? '点单评价' : '到店体验评价'}</View>
        <View className='review-stars' data-testid='review-stars' data-stars={form.stars}>
          {[1, 2, 3, 4, 5].map((n) => (
            <Text key={n} className={`review-star${n <= form.stars ? ' on' : ''}`} data-testid={`star-${n}`} onClick={() => setForm((f) => setStars(f, n))}>★</Text>
          ))}
          <Text className='muted'> {starWords[form.stars]}</Text>
        </View>
      </View>
      <View className='card'>
        <View className='subtitle'>印象标签</View>
        <Chips options={reviewTags.map((t) => ({ value: t.code, label: t.label }))} selected={form.tags} onSelect={(code) => setForm((f) => toggleTag(f, code))} />
      </View>
      <View className='card'>
        <Textarea className='review-text' data-testid='review-text' value={form.text} maxlength={maxTextLength} placeholder='说说这次的体验吧（选填）'
          onInput={(e) => setForm((f) => setText(f, e.detail.value))} />
        <View className='muted review-count'>{form.text.length}/{maxTextLength}</View>
        <View className='review-photos' data-testid='review-photos' data-count={photos.length}>
          {photos.map((p) => (
            <View key={p.name} className='review-photo'>
              <Image src={p.preview} mode='aspectFill' className='review-photo-img' />
              <Text className='review-photo-remove' onClick={() => setPhotos((list) => removePhoto(list, p.name))}>×</Text>
            </View>
          ))}
          {photosLeft(photos) > 0 && (
            <View className='review-photo add' data-testid='add-photo' onClick={addPhotos}>{uploading ? '上传中…' : '＋ 图片'}</View>
          )}
        </View>
      </View>
      <View className={`btn${problem || sending || uploading ? ' disabled' : ''}`} data-testid='submit-review' onClick={submit}>提交评价</View>
    </View>
  )
}
