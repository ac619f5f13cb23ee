import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MenuProduct } from '../ordering/types'
import { comboOptions, comboUnitPrice, initialPicks, missingPicks, partyText, togglePick } from '../marketing/combo'
import { price } from '../shared/money'

/** A set meal: what is always in it, the choice groups (pick min–max, extra charges), for how many people, the saving; then add to the cart. */
export function ComboSheet({ product, onAdd, onClose }: {
  product: MenuProduct
  onAdd: (options: string[], quantity: number) => void
  onClose: () => void
}) {
  const combo = product.combo!
  const [picks, setPicks] = useState(() => initialPicks(combo))
  const [quantity, setQuantity] = useState(1)
  const lacking = missingPicks(combo, picks)
  const unit = comboUnitPrice(product.yourPriceFen, combo, picks)
  return (
    <View className='sheet-mask' onClick={onClose}>
      <View className='sheet' data-testid='combo-sheet' onClick={(e) => e.stopPropagation()}>
        <View className='title'>{product.name} {partyText(combo) && <Text className='tag'>{partyText(combo)}</Text>}</View>
        {combo.savingFen > 0 && <View className='price' data-testid='combo-saving'>比单点省 {price(combo.savingFen)}（单点 {price(combo.componentsRegularFen)}）</View>}
        <View className='filter-label'>套餐包含</View>
        {combo.items.map((i) => (
          <View key={i.productId} className='muted' data-testid='combo-item'>{i.name} ×{i.quantity}{i.available ? '' : '（已售罄）'}</View>
        ))}
        {combo.groups.map((g) => (
          <View key={g.code}>
            <View className='filter-label'>{g.name}（{g.min === g.max ? `选${g.min}` : `选${g.min}-${g.max}`}）</View>
            <View className='chips'>
              {g.choices.map((c) => (
                <View key={c.pick} className={`chip${picks[g.code]?.includes(c.pick) ? ' on' : ''}${c.available ? '' : ' disabled'}`}
                  data-testid='combo-choice' data-name={c.name} onClick={() => setPicks(togglePick(combo, picks, g.code, c.pick))}>
                  {c.name}{c.quantity > 1 ? ` ×${c.quantity}` : ''}{c.extraFen ? ` +${price(c.extraFen)}` : ''}{c.available ? '' : '（售罄）'}
                </View>
              ))}
            </View>
          </View>
        ))}
        <View className='row between' style={{ marginTop: '20rpx' }}>
          <Text className='price'>{price(unit * quantity)}</Text>
          <View className='row'>
            <View className='qty-btn' onClick={() => setQuantity(Math.max(1, quantity - 1))}>−</View>
            <Text className='qty'>{quantity}</Text>
            <View className='qty-btn' onClick={() => setQuantity(quantity + 1)}>+</View>
          </View>
        </View>
        {lacking.length > 0 && <View className='muted'>{lacking.map((l) => `${l.name}还需选${l.more}项`).join('，')}</View>}
        <View className={`btn${lacking.length ? ' disabled' : ''}`} data-testid='combo-add'
          onClick={() => lacking.length === 0 && onAdd(comboOptions(combo, picks), quantity)}>加入购物车</View>
      </View>
    </View>
  )
}
