import { TextTable } from '../../core/i18n.service';

export const mediaTexts: TextTable = {
  'videos.title': ['门店与包间视频', 'Store and space videos'],
  'videos.upload': ['上传视频', 'Upload a video'],
  'videos.rules': ['MP4，不超过 20 秒，至少 720p；上传后自动转码', 'MP4, at most 20 s, at least 720p; transcoded after upload'],
  'videos.owner': ['所属', 'For'],
  'videos.storeItself': ['门店本身', 'The store itself'],
  'videos.size': ['时长 / 分辨率', 'Length / size'],
  'videos.status.AwaitingUpload': ['待上传', 'Awaiting upload'],
  'videos.status.Processing': ['处理中', 'Processing'],
  'videos.status.Ready': ['可播放', 'Ready'],
  'videos.status.Rejected': ['未通过', 'Rejected'],
};
