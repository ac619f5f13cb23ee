export type { VideoDto, VideoStatus, VideoUploadDto } from '../../api/openapi';
