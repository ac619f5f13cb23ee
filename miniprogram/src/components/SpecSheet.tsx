import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MenuProduct } from '../ordering/types'
import { defaultChoice, missing, pick, toOptions, unitPrice } from '../ordering/specs'
import { price } from '../shared/money'

/** The specs sheet: size, ice, sugar… with surcharges, and the quantity; says which required choice is missing. */
export function SpecSheet({ product, onAdd, onClose }: {
  product: MenuProduct
  onAdd: (options: string[], quantity: number) => void
  onClose: () => void
}) {
  const [choice, setChoice] = useState(() => defaultChoice(product.specs))
  const [quantity, setQuantity] = useState(1)
  const lacking = missing(product.specs, choice)
  return (
    <View className='sheet-mask' onClick={onClose}>
      <View className='sheet' data-testid='spec-sheet' onClick={(e) => e.stopPropagation()}>
        <View className='title'>{product.name}</View>
        {product.specs.map((g) => (
          <View key={g.code}>
            <View className='filter-label'>{g.name}{g.required ? '' : '（可选）'}{g.multiple ? '（可多选）' : ''}</View>
            <View className='chips'>
              {g.options.map((o) => (
                <View key={o.code} className={`chip${choice[g.code]?.includes(o.code) ? ' on' : ''}`}
                  onClick={() => setChoice(pick(product.specs, choice, g.code, o.code))}>
                  {o.name}{o.deltaFen ? ` +${price(o.deltaFen)}` : ''}
                </View>
              ))}
            </View>
          </View>
        ))}
        <View className='row between' style={{ marginTop: '20rpx' }}>
          <Text className='price'>{price(unitPrice(product, choice) * quantity)}</Text>
          <View className='row'>
            <View className='qty-btn' onClick={() => setQuantity(Math.max(1, quantity - 1))}>−</View>
            <Text className='qty'>{quantity}</Text>
            <View className='qty-btn' onClick={() => setQuantity(quantity + 1)}>+</View>
          </View>
        </View>
        {lacking.length > 0 && <View className='muted'>请选择{lacking.join('、')}</View>}
        <View className={`btn${lacking.length ? ' disabled' : ''}`} data-testid='sheet-add'
          onClick={() => lacking.length === 0 && onAdd(toOptions(choice), quantity)}>加入购物车</View>
      </View>
    </View>
  )
}
