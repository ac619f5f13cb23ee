import { Video, View } from '@tarojs/components'
import type { Video as VideoDto } from '../catalog/types'

/**
 * A room or store video as the requirements want it: poster first, then autoplay, looping and muted (browsers and
 * WeChat only autoplay muted video). Without a ready video, a placeholder with the name.
 */
export function LoopVideo({ video, fallback }: { video?: VideoDto; fallback: string }) {
  if (!video?.playUrl) return <View className='poster-placeholder'>{fallback}</View>
  return (
    <Video
      className='hero-video'
      src={video.playUrl}
      poster={video.posterUrl ?? undefined}
      autoplay
      loop
      muted
      controls
      showMuteBtn
      objectFit='cover'
      initialTime={0}
    />
  )
}
