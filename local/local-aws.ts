/** Region and dummy credentials for AWS SDK clients talking to the local emulators. */
export const LOCAL_AWS = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;
