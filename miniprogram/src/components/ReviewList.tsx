import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { starsText, tagLabel } from '../reviews/form'
import type { StoreReviews } from '../reviews/types'

/** A store's score, its most given tags and its latest published reviews, each with the merchant's reply. */
export function ReviewList({ data }: { data: StoreReviews | undefined }) {
  if (!data) return null
  return (
    <View className='card' data-testid='store-reviews'>
      <View className='row between'>
        <Text className='subtitle'>顾客评价</Text>
        <Text className='muted' data-testid='review-average'>{data.count > 0 ? `${data.average.toFixed(1)}分 · ${data.count}条` : '暂无评价'}</Text>
      </View>
      {data.tags.length > 0 && (
        <View className='chips'>{data.tags.map((t) => <Text key={t.tag} className='chip'>{tagLabel(t.tag)} {t.count}</Text>)}</View>
      )}
      {data.reviews.items.map((r) => (
        <View key={r.id} className='review-item' data-testid='review-item'>
          <View className='row between'>
            <Text>{r.author}</Text>
            <Text className='review-score'>{starsText(r.stars)}</Text>
          </View>
          {r.text && <View>{r.text}</View>}
          {r.tags.length > 0 && <View className='muted'>{r.tags.map(tagLabel).join(' · ')}</View>}
          {r.images.length > 0 && (
            <View className='review-images'>
              {r.images.map((src) => (
                <Image key={src} src={src} mode='aspectFill' className='review-image' data-testid='review-image'
                  onClick={() => void Taro.previewImage({ urls: r.images, current: src })} />
              ))}
            </View>
          )}
          {r.reply && <View className='review-reply' data-testid='review-reply'>商家回复：{r.reply.text}</View>}
        </View>
      ))}
    </View>
  )
}
