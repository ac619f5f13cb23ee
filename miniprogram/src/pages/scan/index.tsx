import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { catalog } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { isH5 } from '../../shared/platform'
import { go, showError } from '../../shared/ui'
import { scanToken } from '../../catalog/scanLink'
import { applySpaceStatus, type SpaceStatusChanged } from '../../spaces/status'
import { RealtimeMethods, useHubEvent, useStoreWatch } from '../../realtime/customerHub'
import { ErrorText } from '../../components/ErrorText'
import { SpaceBadge } from '../../components/StatusBadge'

/**
 * Scan to order: the room's QR code (scanned in WeChat, or its URL opened in H5) says where the customer is; the
 * page shows it and leads on to the menu, cart and checkout.
 */
export default function ScanPage() {
  const params = useRouter().params as { t?: string; q?: string }
  const [token, setToken] = useState(() => scanToken(params))
  const scan = useAsync(() => (token ? catalog.scan(token) : Promise.resolve(undefined)), [token])
  const where = scan.data

  useStoreWatch(where?.storeId, () => void scan.reload())
  useHubEvent(RealtimeMethods.SpaceStatusChanged, (e: SpaceStatusChanged) =>
    scan.setData((w) => (w ? { ...w, status: applySpaceStatus([{ id: w.spaceId, status: w.status, statusChangedAt: null }], e)[0].status } : w)))

  async function scanNow() {
    try {
      const result = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })
      const t = scanToken({}, result.result)
      if (!t) throw new Error('这不是本平台的点单二维码')
      setToken(t)
    } catch (e) {
      showError(e)
    }
  }

  if (!token) {
    return (
      <View className='page'>
        <View className='card'>
          <View className='subtitle'>扫描包间或卡座上的二维码点单</View>
          <View className='muted'>{isH5 ? '请用手机扫描桌上的二维码打开本页面' : '扫码后自动识别您所在的包间'}</View>
        </View>
        {!isH5 && <View className='btn' onClick={scanNow}>扫一扫</View>}
      </View>
    )
  }

  return (
    <View className='page'>
      <ErrorText error={scan.error} onRetry={scan.reload} />
      {scan.loading && !where && <View className='empty'>正在识别位置…</View>}
      {where && (
        <View className='card' data-testid='scan-result'>
          <View className='muted'>您当前在</View>
          <View className='row between'>
            <Text className='title' data-testid='scan-space'>{where.storeName} · {where.spaceName}</Text>
            <SpaceBadge status={where.status} />
          </View>
          <View className='muted'>{where.kind === 'Room' ? '包间' : where.kind === 'Booth' ? '卡座' : '桌位'}编号 {where.spaceNumber}，商品将送到这里</View>
        </View>
      )}
      {where && (
        <View className='btn' data-testid='start-order'
          onClick={() => go(`/pages/menu/index?spaceId=${where.spaceId}&storeId=${where.storeId}&t=${encodeURIComponent(token)}`)}>
          开始点单
        </View>
      )}
      {where && <View className='btn ghost' onClick={() => go(`/pages/store/index?id=${where.storeId}`)}>查看门店</View>}
    </View>
  )
}
