import { Module } from '@nestjs/common';
import { AdviceResolver, AtelierAdviceResolver, ProductResolver } from './advice.resolver.js';
import { AdviceService } from './advice.service.js';

@Module({ providers: [AdviceService, AdviceResolver, ProductResolver, AtelierAdviceResolver] })
export class AdviceModule {}
