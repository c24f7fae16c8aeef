import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';

const CreateUploadUrl = graphql(`
  mutation CreateUploadUrl($unitCode: ID, $code: ID) {
    createUploadUrl(unitCode: $unitCode, code: $code) {
      url
      maxBytes
      contentTypes
    }
  }
`);

export type Uploaded = { id: string; fileName: string; sizeBytes: number };

export class UploadError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
  }
}

/**
 * Uploads one file to the address the dossiers service gives (for the unit filed at, or the dossier being
 * supplemented), reporting progress; XMLHttpRequest because fetch cannot report upload progress.
 */
export async function uploadFile(
  client: ApolloClient,
  target: { unitCode?: string; code?: string },
  file: File,
  purpose: string,
  onProgress: (fraction: number) => void,
): Promise<Uploaded> {
  const { data } = await client.mutate({ mutation: CreateUploadUrl, variables: target });
  if (!data) throw new UploadError('Không lấy được địa chỉ tải lên', 'No upload address');
  const { url, maxBytes, contentTypes } = data.createUploadUrl;
  if (!contentTypes.includes(file.type))
    throw new UploadError('Chỉ nhận tệp PDF, JPEG hoặc PNG', 'Only PDF, JPEG or PNG files are accepted');
  if (file.size > maxBytes)
    throw new UploadError(
      `Tệp lớn hơn ${Math.floor(maxBytes / 1024 / 1024)} MB`,
      `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB`,
    );
  const body = new FormData();
  body.append('purpose', purpose);
  body.append('file', file);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const answer = request.response as (Uploaded & { error?: { message: string } }) | null;
      if (request.status === 201 && answer) return resolve(answer);
      const [vi, en] = (answer?.error?.message ?? 'Không tải lên được / Upload failed').split(' / ');
      reject(new UploadError(vi ?? '', en ?? vi ?? ''));
    });
    request.addEventListener('error', () =>
      reject(new UploadError('Mất kết nối khi tải lên', 'The connection was lost during the upload')),
    );
    request.send(body);
  });
}
