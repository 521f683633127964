import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { DiskStorage } from '../common/storage/disk-storage.js';
import { FILE_STORAGE, type FileStorage } from '../common/storage/file-storage.js';
import { S3Storage } from '../common/storage/s3-storage.js';
import { FilesService } from './files.service.js';

/** Uploaded files: the storage S3_URL chooses (else the disk under DATA_DIR/files) and the service over it. */
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStorage =>
        config.files.s3Url ? S3Storage.fromUrl(config.files.s3Url) : new DiskStorage(config.files.dir),
    },
    FilesService,
  ],
  exports: [FilesService],
})
export class FilesModule {}
