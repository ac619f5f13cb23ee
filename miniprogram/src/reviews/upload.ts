import Taro from '@tarojs/taro'
import { reviews } from '../shared/apis'
import { isH5 } from '../shared/platform'
import { ApiError } from '../shared/problem'
import { maxPhotoBytes, photoContentType, type Photo } from './photos'

/** The bytes of a chosen temp file: a blob URL in H5, a file of the mini-program's file system in WeChat. */
async function readBytes(path: string): Promise<ArrayBuffer> {
  if (isH5) return (await fetch(path)).arrayBuffer()
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().readFile({ filePath: path, success: (r) => resolve(r.data as ArrayBuffer), fail: reject }))
}

async function put(url: string, contentType: string, bytes: ArrayBuffer): Promise<void> {
  if (isH5) {
    const response = await fetch(url, { method: 'PUT', headers: { 'Content-Type': contentType }, body: bytes })
    if (!response.ok) throw new ApiError(response.status, 'upload', '图片上传失败，请重试')
    return
  }
  const response = await Taro.request({ url, method: 'PUT', header: { 'Content-Type': contentType }, data: bytes })
  if (response.statusCode < 200 || response.statusCode >= 300) throw new ApiError(response.statusCode, 'upload', '图片上传失败，请重试')
}

/** Lets the customer choose up to `count` photos and uploads each; returns the ones that arrived. */
export async function chooseAndUpload(count: number): Promise<Photo[]> {
  const chosen = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  const photos: Photo[] = []
  for (const file of chosen.tempFiles) {
    const original = (file as { originalFileObj?: File }).originalFileObj
    const contentType = photoContentType(file.path, original?.type ?? (file as { type?: string }).type)
    if (!contentType) throw new ApiError(422, 'upload', '只能上传 JPG、PNG 或 WebP 图片')
    if (file.size > maxPhotoBytes) throw new ApiError(422, 'upload', '单张图片不能超过 5 MB')
    const bytes = await readBytes(file.path)
    const upload = await reviews.requestImageUpload(contentType, bytes.byteLength)
    await put(upload.uploadUrl, contentType, bytes)
    photos.push({ name: upload.name, preview: file.path })
  }
  return photos
}
