import { View } from '@tarojs/components'
import { marketing } from '../../shared/apis'
import { go } from '../../shared/ui'
import { useAsync } from '../../shared/useAsync'
import { ClaimableList } from '../../components/ClaimableList'
import { ErrorText } from '../../components/ErrorText'

/** The coupon centre: the platform's coupons, good at every merchant, to claim. */
export default function CouponCentrePage() {
  const list = useAsync(() => marketing.platformCoupons(), [])
  return (
    <View className='page'>
      <View className='line' onClick={() => go('/pages/my-coupons/index')}><View>我的优惠券</View><View className='muted'>›</View></View>
      <ErrorText error={list.error} onRetry={list.reload} />
      <ClaimableList coupons={list.data ?? []} onClaimed={list.reload} />
      {!list.loading && list.data?.length === 0 && <View className='empty'>暂无可领取的优惠券</View>}
    </View>
  )
}
