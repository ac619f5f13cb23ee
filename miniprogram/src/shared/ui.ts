import Taro from '@tarojs/taro'
import { errorText } from './problem'

/** Problem details (or any failure) shown to the customer in their words. */
export function showError(e: unknown): void {
  void Taro.showToast({ title: errorText(e), icon: 'none', duration: 3000 })
}

export function go(url: string): void {
  void Taro.navigateTo({ url })
}
