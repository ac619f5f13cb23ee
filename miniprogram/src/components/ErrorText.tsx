import { View } from '@tarojs/components'

export function ErrorText({ error, onRetry }: { error: string | null | undefined; onRetry?: () => void }) {
  if (!error) return null
  return (
    <View className='error' data-testid='error' onClick={onRetry}>
      {error}
      {onRetry ? '（点击重试）' : ''}
    </View>
  )
}
