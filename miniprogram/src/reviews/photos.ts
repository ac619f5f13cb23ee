/** Photos of a review being written: uploaded one by one (a presigned PUT), then named in the review. */
export const maxPhotos = 9
export const maxPhotoBytes = 5 * 1024 * 1024

export interface Photo {
  /** The name the upload returned, sent with the review. */
  name: string
  /** What the page shows meanwhile (the local temp file). */
  preview: string
}

const byExtension: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** The content type the API accepts for a chosen file (from its own type, else its extension); null when not an accepted image. */
export function photoContentType(path: string, type?: string): string | null {
  if (type && Object.values(byExtension).includes(type.toLowerCase())) return type.toLowerCase()
  const extension = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(path)?.[1]?.toLowerCase()
  return (extension && byExtension[extension]) || null
}

/** How many more photos may be added. */
export const photosLeft = (photos: Photo[]) => Math.max(0, maxPhotos - photos.length)

export function addPhoto(photos: Photo[], photo: Photo): Photo[] {
  return photos.length >= maxPhotos || photos.some((p) => p.name === photo.name) ? photos : [...photos, photo]
}

export const removePhoto = (photos: Photo[], name: string): Photo[] => photos.filter((p) => p.name !== name)
