export type VideoStatus = 'AwaitingUpload' | 'Processing' | 'Ready' | 'Rejected';

export interface VideoDto {
  id: string;
  storeId: string;
  spaceId: string | null;
  ownerKind: 'Store' | 'Space';
  status: VideoStatus;
  rejectReason: string | null;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  sortOrder: number;
  playUrl: string | null;
  posterUrl: string | null;
}

export interface VideoUploadDto {
  videoId: string;
  uploadUrl: string;
  contentType: string;
  expiresAt: string;
}
