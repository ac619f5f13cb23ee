import { Button, Picker, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { account } from '../shared/apis'
import { isH5 } from '../shared/platform'
import { useAsync } from '../shared/useAsync'
import { showError } from '../shared/ui'
import type { CustomerProfile } from '../account/api'

/**
 * Who is signed in, the phone number (WeChat's getPhoneNumber button; the simulator's code in H5) and the birthday
 * (set once, for the member level's birthday bonus), as the account has them; reread each time the page shows.
 */
export function AccountCard() {
  const stored = useAsync(() => account.profile(), [])
  useDidShow(() => void stored.reload())
  const profile = stored.data

  async function run(work: () => Promise<CustomerProfile>, done: string) {
    try {
      const updated = await work()
      stored.setData(() => updated)
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (e) {
      showError(e)
    }
  }

  const bindPhone = (code?: string) => code && run(() => account.bindPhone(code), '已绑定')
  const today = new Date().toISOString().slice(0, 10)

  return (
    <View className='card' data-testid='account'>
      <View className='title'>{profile?.displayName ?? '微信用户'}</View>
      <View className='row between'>
        <Text>手机号</Text>
        {profile?.phoneNumber
          ? <Text data-testid='phone'>{profile.phoneNumber}</Text>
          : isH5
            ? <Text className='link' data-testid='bind-phone' onClick={() => bindPhone(`sim-h5-phone-${profile?.id ?? 'guest'}`)}>绑定手机号</Text>
            : <Button size='mini' openType='getPhoneNumber' onGetPhoneNumber={(e) => bindPhone((e.detail as { code?: string }).code)}>绑定手机号</Button>}
      </View>
      <View className='row between'>
        <Text>生日（设置后不可修改）</Text>
        {profile?.birthday
          ? <Text>{profile.birthday}</Text>
          : (
            <Picker mode='date' value='1995-01-01' start='1920-01-01' end={today}
              onChange={(e) => run(() => account.setBirthday(e.detail.value), '已设置')}>
              <Text className='link'>设置生日</Text>
            </Picker>
          )}
      </View>
    </View>
  )
}
