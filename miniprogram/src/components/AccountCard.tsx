import { Button, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { account } from '../shared/apis'
import { isH5 } from '../shared/platform'
import { useAsync } from '../shared/useAsync'
import { showError } from '../shared/ui'
import type { CustomerProfile } from '../account/api'

/**
 * Who is signed in, the phone number (WeChat's getPhoneNumber button; the simulator's code in H5) and the birthday
 * (set once, for the member level's birthday bonus). The API has no read of the profile yet: what was just set is shown.
 */
export function AccountCard() {
  const me = useAsync(() => account.me(), [])
  const [profile, setProfile] = useState<CustomerProfile>()

  async function run(work: () => Promise<CustomerProfile>, done: string) {
    try {
      setProfile(await work())
      void Taro.showToast({ title: done, icon: 'success' })
    } catch (e) {
      showError(e)
    }
  }

  const bindPhone = (code?: string) => code && run(() => account.bindPhone(code), '已绑定')
  const today = new Date().toISOString().slice(0, 10)

  return (
    <View className='card' data-testid='account'>
      <View className='title'>{profile?.displayName ?? me.data?.preferred_username ?? '微信用户'}</View>
      <View className='row between'>
        <Text>手机号</Text>
        {profile?.phoneNumber
          ? <Text data-testid='phone'>{profile.phoneNumber}</Text>
          : isH5
            ? <Text className='link' data-testid='bind-phone' onClick={() => bindPhone(`sim-h5-phone-${me.data?.sub ?? 'guest'}`)}>绑定手机号</Text>
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
