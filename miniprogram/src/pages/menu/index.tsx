import { Image, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ordering } from '../../shared/apis'
import { useAsync } from '../../shared/useAsync'
import { price } from '../../shared/money'
import { mediaUrl } from '../../shared/media'
import { apiBase } from '../../shared/platform'
import { go, showError } from '../../shared/ui'
import { productTags } from '../../ordering/specs'
import type { Cart, MenuProduct } from '../../ordering/types'
import { ErrorText } from '../../components/ErrorText'
import { SpecSheet } from '../../components/SpecSheet'
import { ComboSheet } from '../../components/ComboSheet'
import { activityThemeText, countdown, partyText } from '../../marketing/combo'
import './index.scss'

/**
 * The menu of the room the customer sits in: recommendations on top (with their reason, one tap adds the set),
 * categories on the left, search, the specs sheet, and the cart bar leading to checkout.
 */
export default function MenuPage() {
  const { spaceId = '', storeId = '', t = '' } = useRouter().params
  const [keyword, setKeyword] = useState('')
  const [search, setSearch] = useState('')
  const [category, setCategory] = useState<string>()
  const [sheet, setSheet] = useState<MenuProduct>()
  const [comboSheet, setComboSheet] = useState<MenuProduct>()
  const menu = useAsync(() => ordering.menu(storeId, search || undefined), [storeId, search])
  const recommendations = useAsync(() => ordering.recommendations(spaceId), [spaceId])
  const cart = useAsync<Cart>(() => ordering.cart(spaceId), [spaceId])
  useDidShow(() => void cart.reload())

  const categories = (menu.data?.categories ?? []).filter((c) => c.products.length > 0)
  const current = categories.find((c) => c.id === category) ?? categories[0]
  const products = search ? categories.flatMap((c) => c.products) : current?.products ?? []

  async function add(product: MenuProduct, options: string[] = [], quantity = 1) {
    try {
      cart.setData(await ordering.addLine(spaceId, { productId: product.id, quantity, options }))
      setSheet(undefined)
      setComboSheet(undefined)
      void Taro.showToast({ title: '已加入购物车', icon: 'none', duration: 1000 })
    } catch (e) {
      showError(e)
    }
  }

  async function addSet() {
    try {
      cart.setData(await ordering.addRecommended(spaceId, (recommendations.data?.items ?? []).map((r) => r.product.id)))
    } catch (e) {
      showError(e)
    }
  }

  const tap = (p: MenuProduct) => (p.combo ? setComboSheet(p) : p.specs.length ? setSheet(p) : void add(p))
  const c = cart.data

  return (
    <View className='page' style={{ padding: 0 }}>
      <View style={{ padding: '20rpx 24rpx 0' }}>
        <Input className='search' placeholder='搜索商品' value={keyword} confirmType='search' data-testid='menu-search'
          onInput={(e) => { setKeyword(e.detail.value); if (!e.detail.value.trim()) setSearch('') }}
          onConfirm={() => setSearch(keyword.trim())} />
        <ErrorText error={menu.error} onRetry={menu.reload} />
        {!search && (recommendations.data?.items.length ?? 0) > 0 && (
          <View className='card' data-testid='recommendations'>
            <View className='row between'>
              <Text className='subtitle'>为你推荐</Text>
              <Text className='link' onClick={addSet}>一键加入</Text>
            </View>
            <View className='recommend'>
              {recommendations.data!.items.map((r) => (
                <View key={r.product.id} className='recommend-item' onClick={() => tap(r.product)}>
                  <View>{r.product.name}</View>
                  <Text className='tag'>{r.reasonZhHans}</Text>
                  <View className='price'>{price(r.product.yourPriceFen)}</View>
                </View>
              ))}
            </View>
          </View>
        )}
      </View>
      <View className='menu'>
        {!search && (
          <View className='menu-nav'>
            {categories.map((cat) => (
              <View key={cat.id} className={`menu-nav-item${cat.id === current?.id ? ' on' : ''}`} onClick={() => setCategory(cat.id)}>{cat.name}</View>
            ))}
          </View>
        )}
        <View className='menu-list' data-testid='products'>
          {products.map((p) => (
            <View key={p.id} className='product' data-testid='product' data-name={p.name}>
              {p.images[0] ? <Image className='product-thumb' src={mediaUrl(p.images[0], apiBase)} mode='aspectFill' data-testid='product-photo' /> : <View className='product-thumb'>{p.name.slice(0, 1)}</View>}
              <View className='grow'>
                <View className='title' style={{ fontSize: '30rpx' }}>{p.name}</View>
                <View>
                  {p.combo && <Text className='tag' data-testid='combo-tag'>套餐{partyText(p.combo) ? ` · ${partyText(p.combo)}` : ''}</Text>}
                  {productTags(p.tags).map((tag) => <Text key={tag} className='tag'>{tag}</Text>)}
                </View>
                {p.activity && (
                  <View className='activity-badge' data-testid='activity-badge'>
                    <Text className='tag hot'>{activityThemeText[p.activity.theme]}</Text>
                    <Text className='muted'> {countdown(p.activity.endsAt)}{p.activity.unitsLeft != null ? ` · 还可买${p.activity.unitsLeft}件` : ''}</Text>
                  </View>
                )}
                {p.combo && p.combo.savingFen > 0 && <View className='muted' data-testid='combo-summary'>{p.combo.items.map((i) => i.name).join('、')} · 省{price(p.combo.savingFen)}</View>}
                {p.description && <View className='muted'>{p.description}</View>}
                <View className='row between'>
                  <View>
                    <Text className='price'>{price(p.yourPriceFen)}</Text>
                    {p.yourPriceFen < p.priceFen && <Text className='strike'>{price(p.priceFen)}</Text>}
                  </View>
                  {p.isSoldOut
                    ? <Text className='muted'>已售罄</Text>
                    : <View className='qty-btn fill' data-testid='add' onClick={() => tap(p)}>{p.combo || p.specs.length ? '选' : '+'}</View>}
                </View>
                {p.stockLeft != null && p.stockLeft <= 5 && !p.isSoldOut && <View className='muted'>仅剩 {p.stockLeft} 份</View>}
              </View>
            </View>
          ))}
          {!menu.loading && products.length === 0 && <View className='empty'>{search ? '没有找到相关商品' : '暂无商品'}</View>}
        </View>
      </View>
      {comboSheet && <ComboSheet product={comboSheet} onClose={() => setComboSheet(undefined)} onAdd={(options, q) => void add(comboSheet, options, q)} />}
      {sheet && <SpecSheet product={sheet} onClose={() => setSheet(undefined)} onAdd={(options, q) => void add(sheet, options, q)} />}
      <View className='cart-bar' data-testid='cart-bar'>
        <Text>{c && c.itemCount > 0 ? `共 ${c.itemCount} 件 ${price(c.totalFen)}` : '购物车是空的'}</Text>
        {c && c.itemCount > 0 && (
          <Text className='go' data-testid='to-checkout' onClick={() => go(`/pages/checkout/index?spaceId=${spaceId}&storeId=${storeId}&t=${encodeURIComponent(t)}`)}>去结算</Text>
        )}
      </View>
    </View>
  )
}
