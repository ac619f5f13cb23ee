import { View } from '@tarojs/components'

export interface ChipOption<T> {
  value: T
  label: string
}

/** One-of (or none-of, when `allowNone`) choice chips; `selected` may be a list for many-of. */
export function Chips<T>({ options, selected, onSelect }: {
  options: ChipOption<T>[]
  selected: T | T[] | undefined
  onSelect: (value: T) => void
}) {
  const isOn = (v: T) => (Array.isArray(selected) ? selected.includes(v) : selected === v)
  return (
    <View className='chips'>
      {options.map((o) => (
        <View key={String(o.value)} className={`chip${isOn(o.value) ? ' on' : ''}`} onClick={() => onSelect(o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  )
}
