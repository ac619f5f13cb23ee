import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { loyalty } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { storeTime } from '../../bookings/slots'
import { nextLevelText } from '../../loyalty/labels'
import { go } from '../../shared/ui'
import Taro from '@tarojs/taro'
import { ErrorText } from '../../components/ErrorText'
import { AccountCard } from '../../components/AccountCard'
import { RealtimeMethods, useHubEvent } from '../../realtime/customerHub'

/** Me: the account (phone, birthday), points balance and level, and the ways to my bookings, points history and the scan to order. */
export default function MePage() {
  const account = useAsync(() => loyalty.account(), [])
  useDidShow(() => void account.reload())
  useHubEvent(RealtimeMethods.PointsExpired, () => void account.reload())
  const a = account.data

  return (
    <View className='page'>
      <AccountCard />
      <ErrorText error={account.error} onRetry={account.reload} />
      {a && (
        <View className='card'>
          <View className='row between'>
            <Text className='title' data-testid='level'>{a.levelName}</Text>
            <Text className='muted'>积分倍率 {a.multiplierPercent / 100}x</Text>
          </View>
          <View className='row between' onClick={() => go('/pages/points/index')}>
            <Text>积分余额</Text>
            <Text className='price' data-testid='points-balance'>{a.balance}</Text>
          </View>
          <View className='muted'>{a.pointsPerYuan} 积分可抵 1 元 · {nextLevelText(a)}</View>
          {a.expiringSoon > 0 && <View className='muted'>{a.expiringSoon} 积分将于 {storeTime(a.expiringBefore)} 前过期</View>}
        </View>
      )}
      <View className='card'>
        <View className='line' data-testid='link-coupons' onClick={() => go('/pages/coupons/index')}><Text>领券中心</Text><Text className='muted'>›</Text></View>
        <View className='line' data-testid='link-my-coupons' onClick={() => go('/pages/my-coupons/index')}><Text>我的优惠券</Text><Text className='muted'>›</Text></View>
        <View className='line' onClick={() => go('/pages/points/index')}><Text>积分明细</Text><Text className='muted'>›</Text></View>
        <View className='line' onClick={() => Taro.switchTab({ url: '/pages/bookings/index' })}><Text>我的预订</Text><Text className='muted'>›</Text></View>
        <View className='line' onClick={() => go('/pages/orders/index')}><Text>我的点单</Text><Text className='muted'>›</Text></View>
        <View className='line' onClick={() => go('/pages/scan/index')}><Text>扫码点单</Text><Text className='muted'>›</Text></View>
      </View>
    </View>
  )
}
