import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { FilesModule } from '../files/files.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { UserModule } from '../user/user.module.js';
import { AtelierProductsResolver, NotificationProductResolver, ProductResolver } from './product.resolver.js';
import { ProductService } from './product.service.js';

/** Outputs (opbrengsten): registration, the catalogue, the ladder; their files through FilesModule. */
@Module({
  imports: [AtelierModule, NotificationModule, UserModule, FilesModule],
  providers: [ProductService, ProductResolver, AtelierProductsResolver, NotificationProductResolver],
  exports: [ProductService],
})
export class ProductModule {}
